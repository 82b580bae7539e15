import { copyFileSync, existsSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../electron/core/backup/backup';
import { keyFileFor } from '../../electron/core/crypto/key-file';
import { createDataSource, KNOWN_MIGRATIONS } from '../../electron/core/db/data-source';
import { BUREAU, collaboration, openTestCore, snapshot, tempDir, value } from './support';

const PASSPHRASE = 'en lång lösenfras';
const CHEAP = { log2N: 10, r: 8, p: 1 };

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
beforeEach(() => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
});
afterEach(() => dir.cleanup());

describe('the database file', () => {
  it('is a WAL-mode SQLite file with foreign keys on, and a 0600 key beside it', async () => {
    const core = await openTestCore(dbFile);
    const [mode] = await core.context.ds.query('PRAGMA journal_mode');
    const [fk] = await core.context.ds.query('PRAGMA foreign_keys');
    await core.close();
    expect(mode.journal_mode).toBe('wal');
    expect(fk.foreign_keys).toBe(1);
    expect(statSync(keyFileFor(dbFile)).mode & 0o777).toBe(0o600);
  });

  it('refuses, untouched, a database written by a newer Kundstart', async () => {
    const core = await openTestCore(dbFile);
    await value(core, 'customers:create', collaboration());
    await core.context.ds.query(
      `INSERT INTO migrations (timestamp, name) VALUES (2999999999999, 'FromTheFuture2999999999999')`,
    );
    await core.close();
    const copy = `${dir.dir}/before.db`;
    copyFileSync(dbFile, copy);
    await expect(openTestCore(dbFile)).rejects.toMatchObject({ code: 'db.newerVersion' });
    const ds = createDataSource(dbFile);
    await ds.initialize();
    expect(await ds.query('SELECT COUNT(*) AS n FROM customers')).toEqual([{ n: 1 }]);
    await ds.destroy();
    expect(KNOWN_MIGRATIONS).not.toContain('FromTheFuture2999999999999');
  });

  it('restores a backup to exactly the data it was taken from', async () => {
    let core = await openTestCore(dbFile);
    await value(core, 'bureau:save', BUREAU);
    const created = await value(core, 'customers:create', collaboration());
    const backup = `${dir.dir}/backup.kundstart`;
    await backupDatabase(core.context, backup, PASSPHRASE, CHEAP);
    const atBackup = await snapshot(core);
    await value(
      core,
      'customers:create',
      collaboration({ customer: { name: 'Senare AB', orgnr: '5560160680' } }),
    );
    await core.close();

    const { restoreDatabase } = await import('../../electron/core/backup/backup');
    const done = await restoreDatabase(dbFile, backup, PASSPHRASE, keyFileFor(dbFile));
    expect(done.previous && existsSync(done.previous)).toBeTruthy();
    core = await openTestCore(dbFile);
    // Kept until the next successful start, then removed.
    expect(existsSync(done.previous!)).toBe(false);
    expect(await snapshot(core)).toEqual(atBackup);
    const shown = await value(core, 'customers:revealContactPersonnummer', { id: created.id });
    expect(shown.personnummer).toBe('18900101-9802');
    await core.close();
  });

  it('restores into a folder that does not exist yet (a new computer)', async () => {
    const core = await openTestCore(dbFile);
    const created = await value(core, 'customers:create', collaboration());
    const backup = `${dir.dir}/backup.kundstart`;
    await backupDatabase(core.context, backup, PASSPHRASE, CHEAP);
    await core.close();
    const { restoreDatabase } = await import('../../electron/core/backup/backup');
    const fresh = `${dir.dir}/new/Kundstart/kundstart.db`;
    await restoreDatabase(fresh, backup, PASSPHRASE, keyFileFor(fresh));
    const restored = await openTestCore(fresh);
    const shown = await value(restored, 'customers:revealContactPersonnummer', { id: created.id });
    await restored.close();
    expect(shown.personnummer).toBe('18900101-9802');
  });

  it('is proved unchanged by a snapshot of every table, including one added later', async () => {
    const core = await openTestCore(dbFile);
    const entityTables = core.context.ds.entityMetadatas.map((m) => m.tableName);
    await core.context.ds.query('CREATE TABLE added_later (id INTEGER PRIMARY KEY, note TEXT)');
    await core.context.ds.query(`INSERT INTO added_later (note) VALUES ('kvar')`);
    const tables = Object.keys(await snapshot(core));
    await core.close();
    expect(tables).toEqual(expect.arrayContaining([...entityTables, 'migrations', 'added_later']));
  });

  it('refuses to restore a file that is not a Kundstart backup, keeping the database', async () => {
    const core = await openTestCore(dbFile);
    await value(core, 'customers:create', collaboration());
    await core.close();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir.dir}/junk.db`, 'not a database at all');
    const { restoreDatabase } = await import('../../electron/core/backup/backup');
    await expect(
      restoreDatabase(dbFile, `${dir.dir}/junk.db`, PASSPHRASE, keyFileFor(dbFile)),
    ).rejects.toMatchObject({
      code: 'db.notKundstart',
    });
    const again = await openTestCore(dbFile);
    expect(await value(again, 'customers:list', {})).toHaveLength(1);
    await again.close();
  });
});
