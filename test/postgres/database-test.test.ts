// Inställningar → Databas and `kundstart db test`: a connection test against the real test
// cluster (and a second one with password authentication), one stable code per failure.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KNOWN_MIGRATIONS } from '../../electron/core/db/data-source';
import { testDatabaseConnection } from '../../electron/core/db/connection-test';
import type { OpenedCore } from '../../electron/core/open';
import { errorsSv } from '../../shared/errorMessages';
import type { AppError } from '../../shared/errors';
import { invoke, kundstartAsyncWith, openTestCore, tempDir, value } from '../integration/support';
import { startTestCluster, TEMPLATE, type TestCluster } from '../support/postgres';

const PASSWORD = 'rätt-lösen 42';

/** The shared cluster's URL for a database of this test's own (trust on loopback). */
function urlOf(database: string, base = inject('pgUrl')): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>, url = inject('pgUrl')) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database, empty or copied from the migrated template, with a name of its own. */
async function database(label: string, from?: string): Promise<string> {
  const name = `conn_${label}_${createHash('sha256').update(`${process.pid}${label}`).digest('hex').slice(0, 8)}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}${from ? ` TEMPLATE ${from}` : ''}`));
  return urlOf(name);
}

async function refusedWith(url: string, password?: string, timeoutMs?: number) {
  try {
    await testDatabaseConnection(url, password, timeoutMs);
  } catch (err) {
    return err as AppError;
  }
  throw new Error('the connection test passed');
}

/** A loopback port nothing listens on: the kernel gave it out and took it back. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let passwordCluster: TestCluster;
/** A server that accepts connections and never says a word. */
let silent: Server;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  passwordCluster = await startTestCluster({ password: PASSWORD });
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  dir = tempDir();
}, 60_000);
afterAll(() => {
  passwordCluster.stop();
  silent.close();
  dir.cleanup();
});

describe('testing a team database connection', () => {
  it('finds an empty database that Kundstart would set up, and writes nothing to it', async () => {
    const url = await database('empty');
    const result = await testDatabaseConnection(url);
    expect(result).toMatchObject({
      database: url,
      state: 'empty',
      schemaVersion: null,
      appSchemaVersion: KNOWN_MIGRATIONS.at(-1),
    });
    expect(result.serverVersion).toMatch(/^\d+(\.\d+)?/);
    const tables = await admin(
      (c) => c.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'`),
      url,
    );
    expect(tables.rowCount).toBe(0);
  });

  it('finds a migrated Kundstart database at this app’s schema, or an older one it upgrades', async () => {
    const url = await database('migrated', TEMPLATE);
    expect(await testDatabaseConnection(url)).toMatchObject({
      state: 'current',
      schemaVersion: KNOWN_MIGRATIONS.at(-1),
    });
    await admin(
      (c) => c.query('DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations)'),
      url,
    );
    expect(await testDatabaseConnection(url)).toMatchObject({
      state: 'older',
      schemaVersion: KNOWN_MIGRATIONS.at(-2),
    });
  });

  it('answers each failure with its own code and Swedish message', async () => {
    const cases: [string, Promise<AppError>][] = [
      ['db.unknownHost', refusedWith('postgres://x@nohost.invalid/db')],
      ['db.refused', refusedWith(`postgres://x@127.0.0.1:${await closedPort()}/db`)],
      ['db.noDatabase', refusedWith(urlOf('finns_inte'))],
      ['db.tls', refusedWith(`${await database('tls')}?sslmode=require`)],
    ];
    const noRole = new URL(inject('pgUrl'));
    noRole.username = 'ingen_sadan_roll';
    cases.push(['db.auth', refusedWith(noRole.toString())]);
    for (const [code, refused] of cases) {
      const error = await refused;
      expect(error.code, code).toBe(code);
      expect(error.message).toBe(errorsSv[code as keyof typeof errorsSv]);
    }
  });

  it('says db.timeout when the server accepts but never answers', async () => {
    const { port } = silent.address() as { port: number };
    const error = await refusedWith(`postgres://x@127.0.0.1:${port}/db`, undefined, 300);
    expect(error.code).toBe('db.timeout');
  });

  it('refuses a wrong password (28P01), and connects with the right one', async () => {
    const url = new URL(passwordCluster.url);
    expect((await refusedWith(url.toString(), 'fel lösen')).code).toBe('db.auth');
    expect(await testDatabaseConnection(url.toString(), PASSWORD)).toMatchObject({
      state: 'empty',
    });
    // Typed into the URL works too, and is never repeated in the answer.
    url.password = encodeURIComponent(PASSWORD);
    const typed = await testDatabaseConnection(url.toString());
    expect(typed.database).not.toContain(encodeURIComponent(PASSWORD));
    expect(typed.database).toContain('***');
  });

  it('refuses a database of another program, and one written by a newer Kundstart', async () => {
    const foreign = await database('foreign');
    await admin((c) => c.query('CREATE TABLE fakturor (id int)'), foreign);
    expect((await refusedWith(foreign)).code).toBe('db.notKundstart');
    const newer = await database('newer', TEMPLATE);
    await admin(
      (c) =>
        c.query(
          `INSERT INTO migrations (timestamp, name) VALUES (9999999999999, 'Future9999999999999')`,
        ),
      newer,
    );
    const error = await refusedWith(newer);
    expect(error.code).toBe('db.newerVersion');
    expect(error.details).toEqual({ unknownMigrations: ['Future9999999999999'] });
  });
});

describe('the database channels and the CLI', () => {
  let core: OpenedCore;
  beforeAll(async () => {
    core = await openTestCore(join(dir.dir, 'kundstart.db'));
  });
  afterAll(() => core.close());

  it('tests another database over the contract without leaving the one it runs on', async () => {
    const before = await value(core, 'app:info', {});
    const result = await invoke(core, 'database:test', {
      url: passwordCluster.url,
      password: 'fel lösen',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'db.auth' } });
    expect(
      await value(core, 'database:test', { url: passwordCluster.url, password: PASSWORD }),
    ).toMatchObject({ state: 'empty' });
    expect(await value(core, 'app:info', {})).toEqual(before);
    const bad = await invoke(core, 'database:test', { url: 'mysql://x@host/db' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });

  it('stores the chosen URL for the next start without its password', async () => {
    const typed = new URL(passwordCluster.url);
    typed.password = 'hemligt';
    const setting = await value(core, 'database:choose', {
      kind: 'postgres',
      url: typed.toString(),
      password: PASSWORD,
    });
    expect(setting.chosen).toEqual({ kind: 'postgres', url: passwordCluster.url });
    expect(setting.engine).toBe('postgres');
    expect(JSON.stringify(await value(core, 'database:get', {}))).not.toMatch(/hemligt|rätt-lösen/);
    expect(await value(core, 'database:choose', { kind: 'file' })).toMatchObject({
      chosen: { kind: 'file' },
    });
  });

  it('kundstart db test --to: ok with PGPASSWORD, exit 1 and the Swedish sentence without', async () => {
    // `--db` names this command's own database, which the test never opens.
    const unused = join(dir.dir, 'unused.db');
    const env = { PGPASSWORD: PASSWORD, XDG_CONFIG_HOME: join(dir.dir, 'config') };
    const ok = await kundstartAsyncWith(env, unused, 'db', 'test', '--to', passwordCluster.url);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Anslutningen fungerar/);
    expect(ok.stdout).toMatch(/Databasen är tom/);
    const wrong = { ...env, PGPASSWORD: 'fel lösen' };
    const refused = await kundstartAsyncWith(
      wrong,
      unused,
      'db',
      'test',
      '--to',
      passwordCluster.url,
      '--json',
    );
    expect(refused.code).toBe(1);
    expect(refused.json()).toMatchObject({ ok: false, error: { code: 'db.auth' } });
    expect(refused.stderr).toContain(errorsSv['db.auth']);
    expect(refused.stdout + refused.stderr).not.toContain('fel lösen');
  });

  it('a start on an unreachable team database says why, with the same codes', async () => {
    const env = { XDG_CONFIG_HOME: join(dir.dir, 'config'), KUNDSTART_ALLOW_FILE_KEY: '1' };
    const refused = `postgres://x@127.0.0.1:${await closedPort()}/db`;
    const missing = urlOf('finns_inte_heller');
    for (const [url, code] of [
      [refused, 'db.refused'],
      [missing, 'db.noDatabase'],
    ] as const) {
      const run = await kundstartAsyncWith(env, url, 'customer', 'list', '--json');
      expect(run.code, run.stderr).toBe(1);
      expect(run.json()).toMatchObject({ ok: false, error: { code } });
    }
  });
});
