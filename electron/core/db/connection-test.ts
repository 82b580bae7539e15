import pg from 'pg';
import type { DatabaseState, DatabaseTestResult } from '../../../shared/schemas/database';
import { AppError } from '../../../shared/errors';
import { errorsSv } from '../../../shared/errorMessages';
import { connectionRefusal, refusal, tlsRequested } from './connection-errors';
import { displayedDatabase } from './engine';
import { KNOWN_MIGRATIONS } from './data-source';

/** How long a server may take to answer before the test says `db.timeout`. */
export const CONNECT_TIMEOUT_MS = 8000;

/**
 * Connects to a PostgreSQL URL as Kundstart would, without touching the database this process
 * runs on, and says what Kundstart would find there. Nothing is written. The password (given, or
 * in the URL, or PGPASSWORD as pg reads it) is used for this connection only, never logged; a
 * failure is one stable code with its Swedish message and, for the unforeseen, the server's code.
 */
export async function testDatabaseConnection(
  url: string,
  password?: string,
  timeoutMs = CONNECT_TIMEOUT_MS,
): Promise<DatabaseTestResult> {
  const client = new pg.Client({
    connectionString: withPassword(url, password),
    // pg's own timer, and the query's: a server that accepts but never answers is a timeout too.
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // An error after connect (the server going away) must not crash the process.
  client.on('error', () => undefined);
  try {
    await connect(client, url, timeoutMs);
    return await inspect(client, url);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * pg lets the connection string's fields win over its own options: a password typed beside the
 * URL goes into this connection's copy of it, never into anything kept or shown.
 */
export function withPassword(url: string, password: string | undefined): string {
  if (!password) return url;
  const parsed = new URL(url);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

async function connect(client: pg.Client, url: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(refusal('db.timeout')), timeoutMs + 500);
  });
  try {
    await Promise.race([client.connect(), timedOut]);
  } catch (err) {
    throw err instanceof AppError ? err : connectionRefusal(err, tlsRequested(url));
  } finally {
    clearTimeout(timer);
  }
}

/** The server's version, and whether the database is empty, Kundstart's, newer, or someone else's. */
async function inspect(client: pg.Client, url: string): Promise<DatabaseTestResult> {
  const version = await client.query<{ v: string }>(
    "SELECT current_setting('server_version') AS v",
  );
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const names = tables.rows.map((r) => r.name);
  const applied = names.includes('migrations') ? await migrationsOf(client) : [];
  return {
    database: displayedDatabase(url),
    serverVersion: version.rows[0]?.v ?? '',
    schemaVersion: applied.at(-1) ?? null,
    appSchemaVersion: KNOWN_MIGRATIONS.at(-1) ?? '',
    state: stateOf(names, applied),
  };
}

async function migrationsOf(client: pg.Client): Promise<string[]> {
  try {
    const rows = await client.query<{ name: unknown }>('SELECT name FROM migrations ORDER BY id');
    return rows.rows.map((r) => String(r.name));
  } catch {
    // Another program's table called migrations, without Kundstart's columns.
    throw refusal('db.notKundstart');
  }
}

/**
 * Kundstart's own database has applied a prefix of the migrations this app knows. One that
 * starts like ours and goes on is a newer Kundstart's (as openDatabase refuses it at a start);
 * tables without any of our migrations belong to another program.
 */
function stateOf(tables: string[], applied: string[]): DatabaseState {
  if (applied.length === 0) {
    if (tables.every((t) => t === 'migrations')) return 'empty';
    throw refusal('db.notKundstart');
  }
  if (applied[0] !== KNOWN_MIGRATIONS[0]) throw refusal('db.notKundstart');
  const unknown = applied.filter((name, i) => KNOWN_MIGRATIONS[i] !== name);
  if (unknown.length > 0) {
    throw new AppError('db.newerVersion', errorsSv['db.newerVersion'], {
      unknownMigrations: unknown,
    });
  }
  return applied.length === KNOWN_MIGRATIONS.length ? 'current' : 'older';
}
