import { createHash } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { engineOf } from '../../electron/core/db/engine';
import { TEMPLATE } from './postgres';

/** The engine this run's integration tests use: KUNDSTART_TEST_ENGINE, SQLite by default. */
export const TEST_ENGINE = process.env.KUNDSTART_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * The database a test names by its file: the file itself on SQLite; on PostgreSQL a database of
 * its own on the test cluster, named for the path, made from the migrated template the first
 * time the test opens it (so a test that closes and reopens its core finds its rows again).
 */
export async function testDatabase(dbFile: string): Promise<string> {
  if (TEST_ENGINE === 'sqlite') return dbFile;
  const name = `kt_${createHash('sha256').update(dbFile).digest('hex').slice(0, 24)}`;
  // Only inside Vitest's PostgreSQL run (the global setup provides it); the bench imports this too.
  const { inject } = await import('vitest');
  const url = new URL(inject('pgUrl'));
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

/** Every table of the database, A to Ö, with its number of columns. */
export async function tablesOf(ds: DataSource): Promise<{ name: string; columns: number }[]> {
  if (engineOf(ds) === 'postgres') {
    return ds.query(
      `SELECT table_name AS name, count(*) AS columns FROM information_schema.columns
       WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name`,
    );
  }
  const tables: { name: string }[] = await ds.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
     ORDER BY name`,
  );
  const counted = tables.map(async ({ name }) => ({
    name,
    columns: ((await ds.query(`PRAGMA table_info("${name}")`)) as unknown[]).length,
  }));
  return Promise.all(counted);
}

/** From now on every insert into `table` fails, as a full disk would fail it halfway. */
export async function failInsertsInto(ds: DataSource, table: string): Promise<void> {
  if (engineOf(ds) === 'postgres') {
    await ds.query(
      `CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql
       AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`,
    );
    await ds.query(
      `CREATE TRIGGER fail_insert BEFORE INSERT ON ${table} EXECUTE FUNCTION fail_insert()`,
    );
    return;
  }
  await ds.query(
    `CREATE TRIGGER fail_insert BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
  );
}
