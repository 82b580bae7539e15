import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsFolderFor, listAutomaticBackups } from '../../electron/core/backup/automatic';
import { backupDatabase } from '../../electron/core/backup/backup';
import { keyFileFor } from '../../electron/core/crypto/key-file';
import { bureauWithPeople } from './backup-setup';
import { collaboration, openTestCore, tempDir, value } from './support';

/* SIGKILL at random points, 20 times each, while automatic backups are written and while a
   backup is restored: the database passes integrity_check and each operation is wholly there
   or wholly absent. */

const CHILD = new URL('../support/backup-crash-child.ts', import.meta.url).pathname;
const TRIALS = 20;
const SLOW = { timeout: 400_000 };
const PASSPHRASE = 'en lång lösenfras';
const CHEAP = { log2N: 10, r: 8, p: 1 };

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
beforeEach(() => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
});
afterEach(() => dir.cleanup());

function query<T>(file: string, sql: string): Promise<T[]> {
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  return new Promise<T[]>((resolve, reject) =>
    db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
  ).finally(() => db.close());
}

const integrity = (file: string) => query(file, 'PRAGMA integrity_check');
const customerCount = async (file: string) =>
  (await query<{ n: number }>(file, 'SELECT COUNT(*) AS n FROM customers'))[0]!.n;

/** Starts the child; answers once it says "go", with a way to wait for its end. */
async function started(...args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: 'pipe' });
  const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
  await new Promise<void>((ok, fail) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('go') && ok());
    child.on('exit', (code) => fail(new Error(`child ended (${code}) before it began`)));
  });
  return { child, exited };
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('a process killed', SLOW, () => {
  it('while writing automatic backups leaves only whole ones, each passing integrity_check', async () => {
    const core = await openTestCore(dbFile);
    await bureauWithPeople(core);
    await core.close();
    let listed = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const { child, exited } = await started('automatic', dbFile);
      await pause(Math.random() * 400);
      child.kill('SIGKILL');
      await exited;
      const backups = listAutomaticBackups(dbFile);
      for (const backup of backups) {
        const file = `${backupsFolderFor(dbFile)}/${backup.name}`;
        expect(await integrity(file)).toEqual([{ integrity_check: 'ok' }]);
        expect(await customerCount(file)).toBe(2);
      }
      listed = Math.max(listed, backups.length);
      expect(await integrity(dbFile)).toEqual([{ integrity_check: 'ok' }]);
    }
    // The kills fell while copies were being made: retention kept some, none half-written.
    expect(listed).toBeGreaterThan(0);
    const again = await openTestCore(dbFile);
    expect(await value(again, 'customers:list', {})).toHaveLength(2);
    await again.close();
  });

  it('while restoring leaves the old database and key or the restored ones, never a mix', async () => {
    let core = await openTestCore(dbFile);
    await value(core, 'customers:create', collaboration());
    const backup = `${dir.dir}/byran.kundstart`;
    await backupDatabase(core.context, backup, PASSPHRASE, CHEAP);
    await core.close();
    // The database the restore replaces: another key, two customers.
    const current = `${dir.dir}/current/kundstart.db`;
    core = await openTestCore(current);
    await bureauWithPeople(core);
    await core.close();
    const outcomes = { old: 0, restored: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      for (const leftover of readdirSync(dir.dir).filter((n) => n.startsWith('kundstart.db'))) {
        rmSync(`${dir.dir}/${leftover}`);
      }
      copyFileSync(current, dbFile);
      copyFileSync(keyFileFor(current), keyFileFor(dbFile));
      const { child, exited } = await started('restore', dbFile, backup, PASSPHRASE);
      await pause(Math.random() * 150);
      child.kill('SIGKILL');
      await exited;
      // The next start finishes or drops the restore; the key must open what is there.
      core = await openTestCore(dbFile, () => new Date());
      const customers = await value(core, 'customers:list', {});
      const akesson = customers.find((c) => c.orgnr === '559244-0001')!;
      const shown = await value(core, 'customers:revealContactPersonnummer', { id: akesson.id });
      await core.close();
      expect(shown.personnummer).toBe('18900101-9802');
      expect(await integrity(dbFile)).toEqual([{ integrity_check: 'ok' }]);
      expect([1, 2]).toContain(customers.length);
      outcomes[customers.length === 1 ? 'restored' : 'old']++;
      expect(existsSync(`${dbFile}.restoring`)).toBe(false);
    }
    console.log(`restore kills: ${JSON.stringify(outcomes)}`);
    expect(outcomes.old + outcomes.restored).toBe(TRIALS);
  });
});
