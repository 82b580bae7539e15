import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { updateFeed } from '../../electron/main/updates';
import { confStore } from '../../electron/core/preferences/preference-service';
import { invoke, openTestCore, tempDir, value } from './support';

const dir = tempDir();
let core: OpenedCore;
beforeAll(async () => {
  core = await openTestCore(join(dir.dir, 'kundstart.db'));
});
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

const FEED = 'https://uppdatering.byran.example/kundstart/';

describe('the automatic-update setting', () => {
  it('is off, with no feed, until staff turn it on', async () => {
    expect((await value(core, 'preferences:get', {})).updates).toEqual({
      enabled: false,
      feedUrl: '',
    });
  });

  it('is kept in the preferences file the desktop app reads at start', async () => {
    const saved = await value(core, 'preferences:set', {
      updates: { enabled: true, feedUrl: FEED },
    });
    expect(saved.updates).toEqual({ enabled: true, feedUrl: FEED });
    const file = JSON.parse(readFileSync(join(dir.dir, 'preferences.json'), 'utf8')) as unknown;
    expect(file).toMatchObject({ updates: { enabled: true, feedUrl: FEED } });
    // What the desktop app's main process makes of the same file.
    expect(updateFeed(await confStore(dir.dir))).toBe(FEED);
  });

  it('refuses a feed that is not https, or none when turned on, and keeps what was saved', async () => {
    for (const updates of [
      { enabled: true, feedUrl: 'http://uppdatering.byran.example/' },
      { enabled: true, feedUrl: 'file:///C:/kundstart/' },
      { enabled: true, feedUrl: '' },
    ]) {
      const result = await invoke(core, 'preferences:set', { updates });
      expect(result.ok, updates.feedUrl).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('input.invalid');
    }
    expect((await value(core, 'preferences:get', {})).updates.feedUrl).toBe(FEED);
  });

  it('turns off and forgets nothing else', async () => {
    const saved = await value(core, 'preferences:set', {
      updates: { enabled: false, feedUrl: FEED },
    });
    expect(saved).toMatchObject({ language: 'sv', updates: { enabled: false } });
    expect(updateFeed(await confStore(dir.dir))).toBeNull();
  });
});
