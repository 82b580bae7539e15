import { createHash } from 'node:crypto';
import pg from 'pg';
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
