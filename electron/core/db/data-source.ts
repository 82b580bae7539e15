import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import type { DataSource } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { DisciplinedDataSource } from './disciplined-data-source';
import { connectionRefusal, tlsRequested } from './connection-errors';
import { engineFor } from './engine';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { createPostgresDataSource } from './postgres-data-source';

export const KNOWN_MIGRATIONS = MIGRATIONS.map((m) => new m().name ?? m.name);

export { readConnectionOf } from './disciplined-data-source';

/**
 * The database as every service sees it: one writer at a time (a transaction, or a write outside
 * one, holds it to its end) and reads outside a transaction on a second, read-only connection
 * that sees committed rows only (disciplined-driver.ts). What that asks of a service:
 * - writes that belong together go in one `ctx.ds.transaction(async (m) => ...)`, and inside it
 *   every read and write goes through `m`: a statement through `ctx.ds` there throws
 *   NestedDataAccessError (it would wait for the transaction it runs in);
 * - reads outside a transaction (`ctx.ds.getRepository(...).find`, `ctx.ds.query('SELECT ...')`)
 *   see the last commit, never another caller's open transaction; a read that must agree with a
 *   write it decides goes inside that write's transaction;
 * - nothing outside this folder opens connections or query runners (a lint rule refuses it).
 */
export function createDataSource(file: string): DataSource {
  return new DisciplinedDataSource({
    type: 'sqlite',
    database: file,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    enableWAL: true,
    busyTimeout: 5000,
    logging: false,
    // TypeORM switches the driver to verbose mode, which wraps every call to take a stack and
    // util.inspect each argument: about a second and a half of a 100,000-row import, for longer
    // stack traces on errors that the dispatcher maps to codes anyway.
    driver: { verbose: () => sqlite3 },
  });
}

/** A PostgreSQL URL's team database (engine.ts), or the SQLite file, created with its folder. */
function dataSourceFor(database: string): DataSource {
  if (engineFor(database) === 'postgres') return createPostgresDataSource(database);
  mkdirSync(dirname(database), { recursive: true });
  return createDataSource(database);
}

/**
 * Opens the database (a SQLite file or a PostgreSQL URL), refusing one written by a newer Kundstart (its applied migrations are
 * not a prefix of the ones this build knows), then applies this build's pending migrations
 * (after `beforeMigrations`, given the open database, when there are any).
 */
export async function openDatabase(
  database: string,
  hooks: {
    /** Reads only: may refuse the database (a data key that does not fit) before any write. */
    beforeWrites?: (ds: DataSource) => Promise<unknown>;
    beforeMigrations?: (ds: DataSource) => Promise<unknown>;
  } = {},
): Promise<DataSource> {
  const ds = dataSourceFor(database);
  try {
    await ds.initialize();
  } catch (err) {
    throw notADatabase(err) ?? unreachable(err, database) ?? err;
  }
  try {
    await assertNotNewer(ds);
    await hooks.beforeWrites?.(ds);
    const applied = (await appliedMigrations(ds)).length;
    // A database that has data and is about to change shape: the hook keeps a copy first.
    if (applied > 0 && applied < KNOWN_MIGRATIONS.length) await hooks.beforeMigrations?.(ds);
    await ds.runMigrations({ transaction: 'each' });
    return ds;
  } catch (err) {
    await ds.destroy();
    throw notADatabase(err) ?? err;
  }
}

/** A team database that cannot be reached says why in Swedish, as its connection test does. */
function unreachable(err: unknown, database: string): AppError | null {
  if (engineFor(database) !== 'postgres' || err instanceof AppError) return null;
  return connectionRefusal(err, tlsRequested(database));
}

function notADatabase(err: unknown): AppError | null {
  const code = (err as { code?: string } | null)?.code;
  return code === 'SQLITE_NOTADB'
    ? new AppError('db.notKundstart', 'Filen är ingen Kundstart-databas (eller är skadad).')
    : null;
}

export async function appliedMigrations(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  try {
    if (!(await runner.hasTable('migrations'))) return [];
  } finally {
    await runner.release();
  }
  const rows: { name: string }[] = await ds.query(`SELECT name FROM migrations ORDER BY id`);
  return rows.map((r) => r.name);
}

async function assertNotNewer(ds: DataSource): Promise<void> {
  const applied = await appliedMigrations(ds);
  const unknown = applied.filter((name, i) => KNOWN_MIGRATIONS[i] !== name);
  if (unknown.length > 0) {
    throw new AppError(
      'db.newerVersion',
      'Databasen är skapad av en nyare version av Kundstart. Uppdatera programmet för att öppna den.',
      { unknownMigrations: unknown },
    );
  }
}
