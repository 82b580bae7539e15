import { copyFileSync, existsSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../electron/core/backup/backup';
import { keyFileFor } from '../../electron/core/crypto/key-file';
import { createDataSource, KNOWN_MIGRATIONS } from '../../electron/core/db/data-source';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { BUREAU, collaboration, openTestCore, snapshot, tempDir, value } from './support';

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

  it('upgrades a version-1 database holding customers: data kept, a Grundprofil for each', async () => {
    // Build the database as Kundstart 0.1 left it: only the first migration, customers in it.
    const core = await openTestCore(dbFile);
    await value(core, 'bureau:save', BUREAU);
    await value(core, 'customers:create', collaboration());
    await value(
      core,
      'customers:create',
      collaboration({ customer: { name: 'Ekströms AB', orgnr: '5560160680' } }),
    );
    await core.close();
    const old = createDataSource(dbFile);
    await old.initialize();
    for (let i = MIGRATIONS.length - 1; i >= 1; i--) await old.undoLastMigration();
    expect(await old.query('SELECT name FROM migrations')).toEqual([{ name: KNOWN_MIGRATIONS[0] }]);
    await old.destroy();

    const upgraded = await openTestCore(dbFile);
    const rows = await value(upgraded, 'customers:list', {});
    expect(rows.map((c) => c.name)).toEqual(['Ekströms AB', 'Åkesson Bygg & Måleri AB']);
    for (const row of rows) {
      const profiles = await value(upgraded, 'profiles:list', { customerId: row.id });
      expect(profiles).toEqual([expect.objectContaining({ name: 'Grundprofil', isDefault: true })]);
    }
    expect((await value(upgraded, 'bureau:get', {}))?.name).toBe(BUREAU.name);
    await upgraded.close();
  });

  it('upgrades a database from before the collective invoice: history from each customer’s start', async () => {
    const core = await openTestCore(dbFile);
    await value(core, 'bureau:save', BUREAU);
    await value(
      core,
      'customers:create',
      collaboration({ licences: 4, invoicing: { payer: 'bureau', method: 'collective' } }),
    );
    await value(
      core,
      'customers:create',
      collaboration({ customer: { name: 'Ekströms AB', orgnr: '5560160680' } }),
    );
    await core.close();
    const old = createDataSource(dbFile);
    await old.initialize();
    await old.undoLastMigration();
    await old.destroy();

    const upgraded = await openTestCore(dbFile);
    const history = await upgraded.context.ds.query(
      'SELECT effective_from AS "from", payer, method FROM invoicing_changes ORDER BY payer',
    );
    expect(history).toEqual([
      { from: '2026-11-28', payer: 'bureau', method: 'collective' },
      { from: '2026-11-28', payer: 'customer', method: 'email' },
    ]);
    // The example price list is installed, so the month can be summed at once.
    const month = await value(upgraded, 'invoices:summary', { month: '2026-11' });
    expect(month.priceList.example).toBe(true);
    expect(month.customers.map((c) => [c.name, c.licences, c.subtotalOre])).toEqual([
      ['Åkesson Bygg & Måleri AB', 4, 4 * 9900],
    ]);
    expect(month.direct.map((c) => c.name)).toEqual(['Ekströms AB']);
    await upgraded.close();
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
    await backupDatabase(core.context, backup, keyFileFor(dbFile));
    const atBackup = await snapshot(core);
    await value(
      core,
      'customers:create',
      collaboration({ customer: { name: 'Senare AB', orgnr: '5560160680' } }),
    );
    await core.close();

    const { restoreDatabase } = await import('../../electron/core/backup/backup');
    const done = await restoreDatabase(dbFile, backup, keyFileFor(dbFile));
    expect(done.previous && existsSync(done.previous)).toBeTruthy();
    core = await openTestCore(dbFile);
    expect(await snapshot(core)).toEqual(atBackup);
    const shown = await value(core, 'customers:revealContactPersonnummer', { id: created.id });
    expect(shown.personnummer).toBe('18900101-9802');
    await core.close();
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
      restoreDatabase(dbFile, `${dir.dir}/junk.db`, keyFileFor(dbFile)),
    ).rejects.toMatchObject({
      code: 'db.notKundstart',
    });
    const again = await openTestCore(dbFile);
    expect(await value(again, 'customers:list', {})).toHaveLength(1);
    await again.close();
  });
});
