// The CLI on a team database: `--db postgres://...` (or KUNDSTART_DB) is the URL as typed.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keyFileFor } from '../../electron/core/crypto/key-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kundstartAsyncWith, openTestCore, tempDir } from '../integration/support';
import type { OpenedCore } from '../../electron/core/open';
import { testDatabase } from '../support/test-database';

let dir: ReturnType<typeof tempDir>;
let core: OpenedCore;
let url: string;
/** The CLI's app-data folder: a team database's key file goes there, not into the real home. */
let env: Record<string, string>;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(join(dir.dir, 'kundstart.db'));
  url = await testDatabase(join(dir.dir, 'kundstart.db'));
  env = { XDG_CONFIG_HOME: join(dir.dir, 'config') };
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('kundstart --db postgres://...', () => {
  it('writes to the team database with the team key kept under the app-data folder', async () => {
    const create = () =>
      kundstartAsyncWith(
        env,
        url,
        ...['customer', 'create', '--name', 'Åkesson Bygg AB'],
        ...['--orgnr', '559244-0001'],
      );
    // The test's core made the team key: a desktop without it is refused (issue 16 item 4).
    const refused = await create();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/har ännu inte teamdatabasens nyckel/);
    const { hostname, port, pathname } = new URL(url);
    const key = join(
      dir.dir,
      'config',
      'Kundstart',
      'team',
      `${hostname}-${port}-${pathname.slice(1)}.key`,
    );
    // The team key in this desktop's app-data folder, as `db key import` puts it there.
    mkdirSync(dirname(key), { recursive: true });
    copyFileSync(keyFileFor(join(dir.dir, 'kundstart.db')), key);
    const created = await create();
    expect(created.code, created.stderr).toBe(0);
    const rows = await core.context.ds.query('SELECT name FROM customers');
    expect(rows).toEqual([{ name: 'Åkesson Bygg AB' }]);
  });

  it('refuses a restore from a backup file in Swedish, writing nothing', async () => {
    const restored = await kundstartAsyncWith(env, url, 'restore', join(dir.dir, 'x.kundstart'));
    expect(restored.code).not.toBe(0);
    expect(restored.stderr).toMatch(/teamdatabas på PostgreSQL/);
    expect(existsSync(join(dir.dir, 'config'))).toBe(false);
  });
});
