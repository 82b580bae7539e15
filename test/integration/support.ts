import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileKeyStore, keyFileFor } from '../../electron/core/crypto/key-file';
import { openCore, type OpenedCore } from '../../electron/core/open';
import { confStore } from '../../electron/core/preferences/preference-service';
import { tablesOf, testDatabase } from '../support/test-database';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { CollaborationInput } from '../../shared/schemas/customer';
import type { Result } from '../../shared/errors';

/** The real CLI, as a script or a bureau's monthly job starts it. */
export const CLI_BIN = new URL('../../electron/cli/bin.js', import.meta.url).pathname;

/** `kundstart --db FILE ...args`: its exit code, stdout, stderr, and stdout read as JSON. */
export function kundstartOn(db: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, '--db', db, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

/**
 * `kundstart --db FILE ...args` without blocking this process: spawnSync (kundstartOn) would
 * starve a loopback SMTP server that answers from the test's own event loop.
 */
export function kundstartAsync(db: string, ...args: string[]) {
  return kundstartAsyncWith({}, db, ...args);
}

/** The same, with variables added to the CLI's environment (KUNDSTART_SMTP_PASSWORD...). */
export function kundstartAsyncWith<J = unknown>(
  env: Record<string, string>,
  db: string,
  ...args: string[]
) {
  const child = spawn(process.execPath, [CLI_BIN, '--db', db, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise<{ code: number | null; stdout: string; stderr: string; json: () => J }>(
    (resolve) =>
      child.on('close', (code) =>
        resolve({ code, stdout, stderr, json: () => JSON.parse(stdout) as J }),
      ),
  );
}

/** A fresh data folder with a real SQLite file, removed after the test. */
export function tempDir(prefix = 'kundstart-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A core on the test's database: the SQLite file `dbFile`, or with KUNDSTART_TEST_ENGINE=postgres
 * a database of its own on the test cluster (test-database.ts), whose key file and preferences
 * stay in the test's folder as a file's would.
 */
export async function openTestCore(dbFile: string, now = () => new Date('2026-11-28T10:00:00Z')) {
  const database = await testDatabase(dbFile);
  if (database === dbFile) return openCore({ dbFile, mode: 'cli', now, version: '0.0.0-test' });
  return openCore({
    dbFile: database,
    mode: 'cli',
    now,
    version: '0.0.0-test',
    keyStore: fileKeyStore(keyFileFor(dbFile)),
    preferences: await confStore(dirname(dbFile)),
  });
}

export async function invoke<C extends Channel>(
  core: OpenedCore,
  channel: C,
  input: InputOf<C>,
): Promise<Result<OutputOf<C>>> {
  return (await core.dispatch(channel, input, { transport: 'test' })) as Result<OutputOf<C>>;
}

export async function value<C extends Channel>(
  core: OpenedCore,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const result = await invoke(core, channel, input);
  if (!result.ok)
    throw new Error(`${channel} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export const BUREAU = {
  name: 'Revisionsbyrån Ek & Ask AB',
  orgnr: '556016-0680',
  resellerAgreement: true,
  agreementNumber: 'ÅF-2031',
  agreementValidFrom: '2026-01-01',
  staffName: 'Anna Ek',
};

/** A complete collaboration; the personnummer is one of Skatteverket's test numbers. */
export function collaboration(overrides: Partial<CollaborationInput> = {}): CollaborationInput {
  return {
    version: 'easy',
    licences: 12,
    customer: {
      name: 'Åkesson Bygg & Måleri AB',
      orgnr: '559244-0001',
      address: { street: 'Storgatan 1', postalCode: '111 22', city: 'Örebro' },
      phone: '019-12 34 56',
      invoiceEmail: 'faktura@akesson-bygg.example',
    },
    contact: {
      name: 'Örjan Åkesson',
      email: 'orjan@akesson-bygg.example',
      phone: '070-123 45 67',
      personnummer: '189001019802',
      alsoFirstAdmin: true,
    },
    invoicing: { payer: 'customer', method: 'email' },
    ...overrides,
  };
}

/**
 * Every row of every table, read from the database's own list of tables (test-database.ts), so
 * a table added by a new migration is covered without anyone remembering to add it here: to
 * prove that a refused call changed nothing. Rows are ordered by all their columns, so two
 * snapshots of the same data are equal whatever order the engine happens to return them in.
 */
export async function snapshot(core: OpenedCore): Promise<Record<string, unknown[]>> {
  const ds = core.context.ds;
  const result: Record<string, unknown[]> = {};
  for (const { name, columns } of await tablesOf(ds)) {
    const byEveryColumn = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    result[name] = await ds.query(`SELECT * FROM "${name}" ORDER BY ${byEveryColumn}`);
  }
  return result;
}

/** The version a form reading the customer now would send back with customers:update. */
export async function customerVersion(core: OpenedCore, id: string): Promise<number> {
  return (await value(core, 'customers:get', { id })).recordVersion;
}

/** The version a form reading the user now would send back with users:save. */
export async function userVersion(core: OpenedCore, customerId: string, id: string) {
  const user = (await value(core, 'users:list', { customerId })).find((u) => u.id === id);
  return user?.recordVersion;
}

/** The version a form reading the bureau profile now would send back with bureau:save. */
export async function bureauVersion(core: OpenedCore): Promise<{ recordVersion?: number }> {
  const bureau = await value(core, 'bureau:get', {});
  return bureau ? { recordVersion: bureau.recordVersion } : {};
}
