import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineOf } from '../../electron/core/db/engine';
import { existsSync, readdirSync } from 'node:fs';
import {
  collaboration,
  invoke,
  openTestCore,
  snapshot,
  tempDir,
  value,
} from '../integration/support';
import type { OpenedCore } from '../../electron/core/open';

let dir: ReturnType<typeof tempDir>;
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('a team database on PostgreSQL', () => {
  it('is opened from a postgres:// URL, migrated, and keeps what the services write', async () => {
    expect(engineOf(core.context.ds)).toBe('postgres');
    const created = await value(core, 'customers:create', collaboration());
    const [row] = await core.context.ds.query('SELECT name, orgnr FROM customers WHERE id = ?', [
      created.id,
    ]);
    expect(row).toEqual({ name: 'Åkesson Bygg & Måleri AB', orgnr: '5592440001' });
    await core.close();
    core = await openTestCore(`${dir.dir}/kundstart.db`);
    const listed = await value(core, 'customers:list', {});
    expect(listed.map((c) => c.name)).toEqual(['Åkesson Bygg & Måleri AB']);
  });

  it('refuses Kundstart’s own backups and restores in Swedish, and writes nothing', async () => {
    await value(core, 'customers:create', collaboration());
    const before = await snapshot(core);
    const backup = await invoke(core, 'backups:create', { passphrase: 'en lång lösenfras 42' });
    const restore = await invoke(core, 'backups:restore', {
      from: 'automatic',
      name: 'kundstart-20261127T100000Z-daily.db',
    });
    for (const refused of [backup, restore]) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'backup.failed' } });
      expect(!refused.ok && refused.error.message).toMatch(/teamdatabas på PostgreSQL/);
    }
    expect(await snapshot(core)).toEqual(before);
    expect(await value(core, 'backups:list', {})).toEqual([]);
    // Only the key file the test keeps beside its name: no copy, no staged restore.
    expect(readdirSync(dir.dir).sort()).toEqual(['kundstart.db.key']);
    expect(existsSync(`${dir.dir}/kundstart.db`)).toBe(false);
  });
});
