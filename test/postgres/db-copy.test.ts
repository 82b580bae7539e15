// `kundstart db copy --from FILE --to postgres://...` (issue 16 item 5): the 2,000-customer demo
// with its history, copied from a real SQLite file into databases of the throwaway cluster.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { fileKeyStore, keyFileFor } from '../../electron/core/crypto/key-file';
import { openCore, type OpenedCore } from '../../electron/core/open';
import { localFileFor } from '../../electron/core/paths';
import type { FieldCipher } from '../../electron/core/crypto/cipher';
import { failInsertsInto, tablesOf, testDatabase } from '../support/test-database';
import {
  BUREAU,
  bureauVersion,
  collaboration,
  invoke,
  kundstartAsyncWith,
  tempDir,
  value,
} from '../integration/support';

const CUSTOMERS = 2000;
/** A year of licence, invoicing and add-on history: every month's samlingsfaktura differs. */
const HISTORY_MONTHS = 12;

interface CopyJson {
  ok: boolean;
  tables: { name: string; rows: number; kept?: boolean }[];
  elapsedMs: number;
  error?: { code: string; details?: { table?: string; customers?: { orgnr: string }[] } };
}

let dir: ReturnType<typeof tempDir>;
let source: string;
let env: Record<string, string>;
let sourceHash: string;
let historyFrom: string;
let target: string;
let copied: Awaited<ReturnType<typeof kundstartAsyncWith<CopyJson>>>;

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const kundstart = (...args: string[]) => kundstartAsyncWith<CopyJson>(env, source, ...args);
const copyTo = (url: string) => kundstart('db', 'copy', '--from', source, '--to', url, '--json');

/** A database of the cluster with nothing in it: the copy migrates it first. */
async function emptyDatabase(name: string): Promise<string> {
  const url = new URL(inject('pgUrl'));
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

/** A core on the team database with the key the CLI made for it under the app-data folder. */
function openTarget(url: string): Promise<OpenedCore> {
  const key = keyFileFor(localFileFor(url, { XDG_CONFIG_HOME: env.XDG_CONFIG_HOME }));
  return openCore({ dbFile: url, mode: 'cli', keyStore: fileKeyStore(key), version: '0.0.0-test' });
}

/** A core on a copy of the source file (opening the source itself could write to it). */
function openSourceCopy(): Promise<OpenedCore> {
  const copy = join(dir.dir, 'source-copy.db');
  copyFileSync(source, copy);
  copyFileSync(keyFileFor(source), keyFileFor(copy));
  return openCore({ dbFile: copy, mode: 'cli', version: '0.0.0-test' });
}

/**
 * Every row of every table in one form on both engines, sorted: encrypted values decrypted with
 * the database's own key, a fingerprint checked against its clear value with that key (the keys
 * differ, so the stored fingerprints do), booleans as 0/1, times as ISO text.
 */
async function dump(core: OpenedCore): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { name } of await tablesOf(core.context.ds)) {
    // key_check: each database's own key's check value (the keys differ, team-key.test.ts).
    if (name === 'migrations' || name === 'sqlite_sequence' || name === 'key_check') continue;
    const rows: Record<string, unknown>[] = await core.context.ds.query(`SELECT * FROM "${name}"`);
    out[name] = rows.map((row) => JSON.stringify(normalised(row, core.context.cipher))).sort();
  }
  return out;
}

function normalised(row: Record<string, unknown>, cipher: FieldCipher): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, v] of Object.entries(row).sort(([a], [b]) => a.localeCompare(b))) {
    if (column.endsWith('_enc') && typeof v === 'string') out[column] = cipher.decrypt(v);
    else if (column.endsWith('_fp') && typeof v === 'string') {
      const enc = row[column.replace(/_fp$/, '_enc')];
      out[column] = typeof enc === 'string' && cipher.fingerprint(cipher.decrypt(enc)) === v;
    } else if (typeof v === 'boolean') out[column] = v ? 1 : 0;
    else if (v instanceof Date) out[column] = v.toISOString();
    else out[column] = v;
  }
  return out;
}

/** Each month from the history's first to this one, as YYYY-MM. */
function monthsFrom(from: string): string[] {
  const months: string[] = [];
  const now = new Date();
  for (let d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`); d <= now;) {
    months.push(d.toISOString().slice(0, 7));
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  return months;
}

beforeAll(async () => {
  dir = tempDir();
  source = join(dir.dir, 'portfolio.db');
  env = { XDG_CONFIG_HOME: join(dir.dir, 'config') };
  const demo = await kundstartAsyncWith<{ history: { from: string } }>(
    env,
    source,
    ...['demo', '--customers', String(CUSTOMERS), '--history-months', String(HISTORY_MONTHS)],
    '--json',
  );
  expect(demo.code, demo.stderr).toBe(0);
  historyFrom = demo.json().history.from;
  sourceHash = sha256(source);
  target = await emptyDatabase('copy_target');
  copied = await copyTo(target);
}, 600_000);
afterAll(() => dir?.cleanup());

describe('kundstart db copy', () => {
  it('copies every table, keeping ids, with progress on stderr and the tables as JSON', () => {
    expect(copied.code, copied.stderr).toBe(0);
    const result = copied.json();
    expect(result.ok).toBe(true);
    const rows = Object.fromEntries(result.tables.map((t) => [t.name, t.rows]));
    expect(rows.customers).toBe(CUSTOMERS);
    expect(rows.primary_contacts).toBe(CUSTOMERS);
    expect(rows.licence_changes).toBeGreaterThan(CUSTOMERS);
    expect(copied.stderr).toMatch(/customers: 2000 rader/);
    // Foreign-key order: a customer's rows after the customer, users after their profiles.
    const order = result.tables.map((t) => t.name);
    expect(order.indexOf('customers')).toBeLessThan(order.indexOf('collaborations'));
    expect(order.indexOf('reporting_profiles')).toBeLessThan(order.indexOf('users'));
    const total = result.tables.reduce((n, t) => n + t.rows, 0);
    console.info(
      `db copy: ${total} rows in ${result.elapsedMs} ms, ${Math.round((total / result.elapsedMs) * 1000)} rows/s`,
    );
  });

  it('reads back identically on both engines: every row, and every month’s samlingsfaktura', async () => {
    const [from, to] = [await openSourceCopy(), await openTarget(target)];
    try {
      expect(await dump(to)).toEqual(await dump(from));
      for (const month of monthsFrom(historyFrom)) {
        const onFile = await invoke(from, 'invoices:summary', { month });
        expect(await invoke(to, 'invoices:summary', { month }), month).toEqual(onFile);
      }
      // The copied ids go on: the next audit entry on the team database follows the last copied.
      const [last] = await to.context.ds.query('SELECT max(id) AS id FROM audit_log');
      await value(to, 'bureau:save', {
        ...BUREAU,
        name: 'Byrån efter kopian AB',
        ...(await bureauVersion(to)),
      });
      const [next] = await to.context.ds.query('SELECT max(id) AS id FROM audit_log');
      expect(Number(next.id)).toBeGreaterThan(Number(last.id));
    } finally {
      await from.close();
      await to.close();
    }
  }, 300_000);

  it('leaves the source file as it was', () => {
    expect(sha256(source)).toBe(sourceHash);
  });

  it('refuses a second copy into the same target, naming the customers, writing nothing', async () => {
    const to = await openTarget(target);
    try {
      const before = await dump(to);
      const again = await copyTo(target);
      expect(again.code).toBe(1);
      const error = again.json().error;
      expect(error?.code).toBe('copy.customersExist');
      expect(error?.details?.customers).toHaveLength(CUSTOMERS);
      expect(again.stderr).toMatch(/redan 2000 av filens kunder/);
      expect(again.stderr).toMatch(/och 1980 till/);
      expect(await dump(to)).toEqual(before);
    } finally {
      await to.close();
    }
  }, 300_000);

  it('leaves the target as it was when an insert fails mid-copy, naming the table', async () => {
    const url = await testDatabase(join(dir.dir, 'failing.db'));
    const to = await openTarget(url);
    try {
      await failInsertsInto(to.context.ds, 'users');
      const before = await dump(to);
      const failed = await copyTo(url);
      expect(failed.code).toBe(1);
      expect(failed.json().error).toMatchObject({
        code: 'copy.failed',
        details: { table: 'users' },
      });
      expect(failed.stderr).toMatch(/tabellen users/);
      expect(await dump(to)).toEqual(before);
    } finally {
      await to.close();
    }
  }, 300_000);

  it('rolls back and names the table when a table does not read back as copied', async () => {
    const url = await testDatabase(join(dir.dir, 'altering.db'));
    const to = await openTarget(url);
    try {
      // A target that changes what it is given: the checksum of customer_settings differs.
      await to.context.ds.query(
        `CREATE FUNCTION alter_row() RETURNS trigger LANGUAGE plpgsql
         AS $$ BEGIN NEW.section := NEW.section || '!'; RETURN NEW; END $$`,
      );
      await to.context.ds.query(
        'CREATE TRIGGER alter_row BEFORE INSERT ON customer_settings FOR EACH ROW EXECUTE FUNCTION alter_row()',
      );
      const before = await dump(to);
      const refused = await copyTo(url);
      expect(refused.code).toBe(1);
      expect(refused.json().error).toMatchObject({
        code: 'copy.verifyFailed',
        details: { table: 'customer_settings' },
      });
      expect(await dump(to)).toEqual(before);
    } finally {
      await to.close();
    }
  }, 300_000);

  it('refuses a file from an older Kundstart and a target that is no URL', async () => {
    const old = join(dir.dir, 'v1.db');
    const fixture = new URL('../fixtures/db/v1.db', import.meta.url).pathname;
    copyFileSync(fixture, old);
    copyFileSync(keyFileFor(fixture), keyFileFor(old));
    const url = await testDatabase(join(dir.dir, 'old-source.db'));
    const outdated = await kundstart('db', 'copy', '--from', old, '--to', url, '--json');
    expect(outdated.code).toBe(1);
    expect(outdated.json().error?.code).toBe('copy.sourceOutdated');
    const usage = await kundstart('db', 'copy', '--from', source, '--to', join(dir.dir, 'x.db'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--to ska vara en postgres:\/\/-adress/);
  }, 120_000);

  it('refuses a target whose key this desktop lacks, making no key for it', async () => {
    const url = await testDatabase(join(dir.dir, 'other-key.db'));
    const colleague = await openTarget(url);
    await value(colleague, 'customers:create', collaboration());
    await colleague.close();
    // The colleague's key stays on their desktop: this one has none, and none is made for it
    // (the team key, issue 16 item 4: it is imported from the colleague).
    const keyFile = keyFileFor(localFileFor(url, { XDG_CONFIG_HOME: env.XDG_CONFIG_HOME }));
    const colleaguesKey = readFileSync(keyFile);
    rmSync(keyFile);
    const refused = await copyTo(url);
    expect(refused.code).toBe(1);
    expect(refused.json().error).toMatchObject({ code: 'key.teamKeyMissing' });
    expect(refused.stderr).toMatch(/har ännu inte teamdatabasens nyckel/);
    expect(existsSync(keyFile)).toBe(false);
    writeFileSync(keyFile, colleaguesKey, { mode: 0o600 });
    const to = await openTarget(url);
    try {
      const [{ n }] = await to.context.ds.query('SELECT count(*) AS n FROM customers');
      expect(n).toBe(1);
    } finally {
      await to.close();
    }
  }, 120_000);

  it('adds the customers to a team database in use, keeping its bureau profile', async () => {
    const url = await testDatabase(join(dir.dir, 'in-use.db'));
    const to = await openTarget(url);
    try {
      await value(to, 'bureau:save', { ...BUREAU, name: 'Teamets byrå AB' });
      await value(to, 'customers:create', collaboration());
      const added = await copyTo(url);
      expect(added.code, added.stderr).toBe(0);
      const tables = added.json().tables;
      expect(tables.find((t) => t.name === 'bureau')).toEqual({
        name: 'bureau',
        rows: 0,
        kept: true,
      });
      const [{ n }] = await to.context.ds.query('SELECT count(*) AS n FROM customers');
      expect(n).toBe(CUSTOMERS + 1);
      const [bureau] = await to.context.ds.query('SELECT name FROM bureau');
      expect(bureau.name).toBe('Teamets byrå AB');
      // The team's own audit entries stay, the file's follow them with new ids.
      const [{ dup }] = await to.context.ds.query(
        'SELECT count(*) - count(DISTINCT id) AS dup FROM audit_log',
      );
      expect(dup).toBe(0);
    } finally {
      await to.close();
    }
  }, 300_000);
});
