import { chmodSync, copyFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupsFolderFor,
  listAutomaticBackups,
  startDailyBackups,
  takeAutomaticBackup,
} from '../../electron/core/backup/automatic';
import { openCore } from '../../electron/core/open';
import { bureauWithPeople, filesIn, personnummerInClear } from './backup-setup';
import { openTestCore, tempDir } from './support';

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
beforeEach(() => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
});
afterEach(() => dir.cleanup());

/** The app (browser mode: the same core process as the desktop's) opened at `at`. */
const openApp = (at: string) =>
  openCore({ dbFile, mode: 'browser', now: () => new Date(at), version: '0.0.0-test' });

function query<T>(file: string, sql: string): Promise<T[]> {
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  return new Promise<T[]>((resolve, reject) =>
    db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
  ).finally(() => db.close());
}

const days = (backups: { at: string }[]) => backups.map((b) => b.at.slice(0, 10)).sort();

describe('automatic backups', () => {
  it('are made before a migration, holding the database as it was before it', async () => {
    const fixture = fileURLToPath(new URL('../fixtures/db/v1.db', import.meta.url));
    copyFileSync(fixture, dbFile);
    copyFileSync(`${fixture}.key`, `${dbFile}.key`);
    chmodSync(`${dbFile}.key`, 0o600);
    const before = await query<{ name: string }>(dbFile, 'SELECT name FROM migrations ORDER BY id');
    const core = await openTestCore(dbFile);
    await core.close();
    const [backup, ...more] = listAutomaticBackups(dbFile);
    expect(more).toEqual([]);
    expect(backup).toMatchObject({ kind: 'migration', at: '2026-11-28T10:00:00.000Z' });
    const file = `${backupsFolderFor(dbFile)}/${backup!.name}`;
    expect(await query(file, 'SELECT name FROM migrations ORDER BY id')).toEqual(before);
    expect(await query(file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(filesIn(backupsFolderFor(dbFile))).toEqual([file]);
  });

  it('are not made for a new database or one already up to date', async () => {
    await (await openTestCore(dbFile)).close();
    await (await openTestCore(dbFile)).close();
    expect(listAutomaticBackups(dbFile)).toEqual([]);
  });

  it('are made daily by the app: at open when the newest is a day old, not again the same day', async () => {
    const core = await openApp('2026-12-01T08:00:00Z');
    await bureauWithPeople(core);
    await core.close();
    await (await openApp('2026-12-01T20:00:00Z')).close();
    await (await openApp('2026-12-02T07:59:00Z')).close();
    expect(days(listAutomaticBackups(dbFile))).toEqual(['2026-12-01']);
    await (await openApp('2026-12-02T08:00:00Z')).close();
    expect(days(listAutomaticBackups(dbFile))).toEqual(['2026-12-01', '2026-12-02']);
    expect(listAutomaticBackups(dbFile).map((b) => b.kind)).toEqual(['daily', 'daily']);
  });

  it('hold no personnummer in clear, and no key lies beside them', async () => {
    const core = await openApp('2026-12-01T08:00:00Z');
    await bureauWithPeople(core);
    await core.close();
    await (await openApp('2026-12-02T09:00:00Z')).close();
    const files = filesIn(backupsFolderFor(dbFile));
    expect(files).toHaveLength(2); // the first open's, and the next day's with the people
    expect(files.filter((f) => f.endsWith('.key') || f.endsWith('.sealed'))).toEqual([]);
    expect(personnummerInClear(files)).toEqual([]);
  });

  it('keep the newest of each of the last 7 days and of each of the last 4 weeks', async () => {
    const core = await openTestCore(dbFile);
    const vacuumInto = (copy: string) => core.context.ds.query('VACUUM INTO ?', [copy]);
    // Two a day (noon and evening, Swedish time) from 1 October to Sunday 29 November 2026.
    for (let day = new Date('2026-10-01T10:00:00Z'); day <= new Date('2026-11-29T12:00:00Z');) {
      await takeAutomaticBackup(dbFile, 'daily', day, vacuumInto);
      await takeAutomaticBackup(dbFile, 'daily', new Date(day.getTime() + 8 * 3600e3), vacuumInto);
      day = new Date(day.getTime() + 24 * 3600e3);
    }
    await core.close();
    const kept = listAutomaticBackups(dbFile);
    // Week 48 (23–29 November) is the last seven days; weeks 45–47 end on Sundays 8, 15, 22.
    expect(days(kept)).toEqual([
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(kept.every((b) => b.at.slice(11, 16) === '18:00')).toBe(true);
    expect(filesIn(backupsFolderFor(dbFile))).toHaveLength(10);
  });

  it('never count a half-written copy', async () => {
    const core = await openApp('2026-12-01T08:00:00Z');
    await core.close();
    const folder = backupsFolderFor(dbFile);
    writeFileSync(`${folder}/.kundstart-20261203T080000Z-daily.db.123.partial`, 'halv');
    expect(days(listAutomaticBackups(dbFile))).toEqual(['2026-12-01']);
    await (await openApp('2026-12-02T08:00:00Z')).close();
    expect(days(listAutomaticBackups(dbFile))).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('are made by the running app once the day has passed, without a restart', async () => {
    let clock = new Date('2026-12-01T08:00:00Z');
    const core = await openCore({ dbFile, mode: 'cli', now: () => clock, version: '0.0.0-test' });
    const daily = startDailyBackups(core.context, 20);
    await daily.settled();
    expect(days(listAutomaticBackups(dbFile))).toEqual(['2026-12-01']);
    clock = new Date('2026-12-01T20:00:00Z');
    await new Promise((ok) => setTimeout(ok, 100));
    expect(days(listAutomaticBackups(dbFile))).toEqual(['2026-12-01']);
    clock = new Date('2026-12-02T08:00:00Z');
    for (let wait = 0; listAutomaticBackups(dbFile).length < 2 && wait < 100; wait++) {
      await new Promise((ok) => setTimeout(ok, 20));
    }
    await daily.stop();
    await core.close();
    expect(days(listAutomaticBackups(dbFile))).toEqual(['2026-12-01', '2026-12-02']);
  });
});
