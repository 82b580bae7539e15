import pg from 'pg';
import type {
  CopyConflict,
  CopyOutcome,
  CopyPreview,
} from '../../../../shared/schemas/database-copy';
import { AppError } from '../../../../shared/errors';
import { errorsSv } from '../../../../shared/errorMessages';
import type { ServiceContext } from '../../context';
import { fileKeyStore, keyFileFor, sealedKeyFileFor } from '../../crypto/key-file';
import { localFileFor } from '../../paths';
import { CONNECT_TIMEOUT_MS, testDatabaseConnection, withPassword } from '../connection-test';
import { displayedDatabase, engineOf } from '../engine';
import { keyless, readTeamKeyState, teamKeyMissing } from '../key-check';
import { copyDatabase } from './copy-database';
import { SqliteSource } from './source';

/** The team database named in the assistant, with the password typed beside it (if any). */
export interface CopyTarget {
  url: string;
  password?: string | undefined;
}

/**
 * Inställningar → Databas → "Flytta portföljen till teamdatabasen": the file this start runs on
 * is the source. Both steps read it through a read-only connection of their own in one read
 * transaction (SqliteSource), so the portfolio is copied as it was at one moment while the app
 * goes on serving and writing (WAL keeps that moment for the reader).
 */
export function createCopyAssistant(ctx: ServiceContext) {
  let running: { cancelled: boolean } | null = null;
  return {
    preview: (target: CopyTarget) => previewCopy(ctx, target),
    async copy(target: CopyTarget): Promise<CopyOutcome> {
      sourceFileOf(ctx);
      if (running) throw new AppError('copy.busy', errorsSv['copy.busy']);
      const job = { cancelled: false };
      running = job;
      try {
        return await copyInto(ctx, target, job);
      } finally {
        running = null;
      }
    },
    cancel() {
      if (running) running.cancelled = true;
    },
  };
}

/** The SQLite file this start runs on; a start on a team database has nothing to move. */
function sourceFileOf(ctx: ServiceContext): string {
  if (engineOf(ctx.ds) !== 'sqlite')
    throw new AppError('copy.notOnFile', errorsSv['copy.notOnFile']);
  return ctx.dbFile;
}

/**
 * What the copy would add, and the customers the team database has already: nothing is written
 * on either side (the connection test's refusals come first: unreachable, not Kundstart's, newer).
 */
async function previewCopy(ctx: ServiceContext, target: CopyTarget): Promise<CopyPreview> {
  const file = sourceFileOf(ctx);
  const tested = await testDatabaseConnection(target.url, target.password);
  const source = await SqliteSource.open(file);
  try {
    const ours = await source.all('SELECT id, orgnr FROM customers');
    const [users] = await source.all('SELECT count(*) AS n FROM users');
    const conflicts =
      tested.state === 'empty'
        ? []
        : await customersIn(
            target,
            ours.map((c) => String(c.orgnr)),
            ours.map((c) => String(c.id)),
          );
    return {
      database: tested.database,
      customers: ours.length,
      users: Number(users?.n ?? 0),
      conflicts,
    };
  } finally {
    await source.close();
  }
}

/** The team database's customers with one of these organisationsnummer or ids (as the copy refuses). */
async function customersIn(
  target: CopyTarget,
  orgnrs: string[],
  ids: string[],
): Promise<CopyConflict[]> {
  const client = new pg.Client({
    connectionString: withPassword(target.url, target.password),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: CONNECT_TIMEOUT_MS * 4,
  });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<CopyConflict>(
      `SELECT id, name, orgnr FROM customers WHERE orgnr = ANY($1) OR id = ANY($2) ORDER BY name, orgnr`,
      [orgnrs, ids],
    );
    return rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function copyInto(
  ctx: ServiceContext,
  target: CopyTarget,
  job: { cancelled: boolean },
): Promise<CopyOutcome> {
  const from = sourceFileOf(ctx);
  let total = 0;
  let done = 0;
  const result = await copyDatabase({
    from,
    fromKey: ctx.dataKey(),
    to: withPassword(target.url, target.password),
    toKey: await teamKey(target.url, withPassword(target.url, target.password)),
    onPlan: (tables) => {
      total = tables.length;
      ctx.emit('database:copyProgress', { table: '', done, total });
    },
    onTable: (table) => {
      // Thrown inside the copy's transaction: everything copied so far is rolled back.
      if (job.cancelled) throw new AppError('copy.cancelled', errorsSv['copy.cancelled']);
      done += 1;
      ctx.emit('database:copyProgress', { table: table.name, done, total });
    },
  });
  return {
    database: displayedDatabase(target.url),
    tables: result.tables.map((t) => ({
      name: t.name,
      rows: t.rows,
      ...(t.kept ? { kept: true } : {}),
    })),
    elapsedMs: result.elapsedMs,
  };
}

/**
 * This desktop's key for the team database, where a start on it looks (open.ts, paths.ts): the
 * key file under the app-data folder. Made here only for a team database that has no key yet;
 * one whose key this desktop lacks is refused with key.teamKeyMissing (the team key, issue 16
 * item 4: imported from a colleague). A key the desktop app sealed is refused (key.sealed).
 */
async function teamKey(url: string, connectUrl: string): Promise<Buffer> {
  const local = localFileFor(url);
  const store = fileKeyStore(keyFileFor(local), sealedKeyFileFor(local));
  const own = await store.peek?.();
  if (own) return own;
  if (!keyless(await readTeamKeyState(connectUrl))) throw teamKeyMissing();
  return store.load();
}
