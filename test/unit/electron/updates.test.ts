import { describe, expect, it, vi } from 'vitest';
import type { PreferenceStore } from '../../../electron/core/core';
import { startUpdates, updateFeed, type Updater } from '../../../electron/main/updates';

const store = (values: Record<string, unknown>): PreferenceStore => ({
  get: (key) => values[key],
  set: (key, value) => void (values[key] = value),
});

function fakeUpdater() {
  const updater = {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    setFeedURL: vi.fn(),
    checkForUpdatesAndNotify: vi.fn(async () => null),
    on: vi.fn(),
  } satisfies Updater;
  return updater;
}

const FEED = 'https://uppdatering.byran.example/kundstart/';

describe('automatic updates', () => {
  it('are off by default: no feed, and no updater loaded', async () => {
    const load = vi.fn(async () => fakeUpdater());
    expect(updateFeed(store({}))).toBeNull();
    expect(await startUpdates(store({}), load)).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('stay off when turned off, even with a feed named', async () => {
    const load = vi.fn(async () => fakeUpdater());
    const prefs = store({ updates: { enabled: false, feedUrl: FEED } });
    expect(await startUpdates(prefs, load)).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('ignore a feed the contract would have refused (not https), whatever the file says', () => {
    expect(updateFeed(store({ updates: { enabled: true, feedUrl: 'http://x.example/' } }))).toBe(
      null,
    );
    expect(updateFeed(store({ updates: 'on' }))).toBeNull();
  });

  it('check the bureau’s feed once turned on, downloading in the background', async () => {
    const updater = fakeUpdater();
    const prefs = store({ updates: { enabled: true, feedUrl: FEED } });
    expect(await startUpdates(prefs, async () => updater)).toBe(true);
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: FEED });
    expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledTimes(1);
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
  });

  it('let the app start when the feed cannot be reached', async () => {
    const updater = fakeUpdater();
    updater.checkForUpdatesAndNotify.mockRejectedValueOnce(new Error('getaddrinfo ENOTFOUND'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const prefs = store({ updates: { enabled: true, feedUrl: FEED } });
    await expect(startUpdates(prefs, async () => updater)).resolves.toBe(true);
    expect(warn).toHaveBeenCalledWith('Update check failed: getaddrinfo ENOTFOUND');
    warn.mockRestore();
  });
});
