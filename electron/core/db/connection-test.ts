import pg from 'pg';
import type { DatabaseState, DatabaseTestResult } from '../../../shared/schemas/database';
import { AppError, type ErrorCode } from '../../../shared/errors';
import { errorsSv } from '../../../shared/errorMessages';
import { displayedDatabase } from './engine';
import { KNOWN_MIGRATIONS } from './data-source';

/** How long a server may take to answer before the test says `db.timeout`. */
export const CONNECT_TIMEOUT_MS = 8000;

/** PostgreSQL's SQLSTATE codes (appendix A of its manual) and Node's network codes, by answer. */
const BY_CODE: Record<string, ErrorCode> = {
  '28P01': 'db.auth', // invalid_password (also a role that does not exist, under scram)
  '28000': 'db.auth', // invalid_authorization_specification: no such role, no pg_hba entry
  '3D000': 'db.noDatabase', // invalid_catalog_name
  ENOTFOUND: 'db.unknownHost',
  EAI_AGAIN: 'db.unknownHost',
  EAI_NONAME: 'db.unknownHost',
  ECONNREFUSED: 'db.refused',
  ETIMEDOUT: 'db.timeout',
  EHOSTUNREACH: 'db.timeout',
  ENETUNREACH: 'db.timeout',
};

/** Node's TLS codes: a certificate that is not trusted, expired or names another host. */
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|EPROTO$)/;

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
function withPassword(url: string, password: string | undefined): string {
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

/** What a failed connect means to staff: by the driver's or the network's code, never its text. */
export function connectionRefusal(err: unknown, tls: boolean): AppError {
  const code = (err as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? BY_CODE[code] : undefined;
  if (known) return refusal(known);
  if (typeof code === 'string' && TLS_CODE.test(code)) return refusal('db.tls');
  // pg's own refusal of a server that offers no TLS, or gave a bad answer to the TLS request, has
  // no code: with TLS asked for and nothing from the server yet, it is the TLS step that failed.
  if (isTimeout(err)) return refusal('db.timeout');
  if (tls && code === undefined) return refusal('db.tls');
  return new AppError('db.connectionFailed', errorsSv['db.connectionFailed'], {
    cause: typeof code === 'string' ? code : 'unknown',
  });
}

/** pg's connectionTimeoutMillis ends the socket with this error (client.js), code-less. */
function isTimeout(err: unknown): boolean {
  return err instanceof Error && err.message === 'timeout expired';
}

/** pg's rule (pg-connection-string): any sslmode but `disable`, or a certificate, asks for TLS. */
export function tlsRequested(url: string): boolean {
  const params = new URL(url).searchParams;
  const mode = params.get('sslmode');
  if (mode === 'disable') return false;
  return mode !== null || ['ssl', 'sslcert', 'sslkey', 'sslrootcert'].some((p) => params.has(p));
}

function refusal(code: ErrorCode): AppError {
  return new AppError(code, errorsSv[code]);
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
