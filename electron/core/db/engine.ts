import type { DataSource } from 'typeorm';

/**
 * The one place that tells the two engines apart: a single user's SQLite file, or a bureau's
 * team database on PostgreSQL. What the database is comes from `--db` / KUNDSTART_DB (or the
 * desktop's choice): a `postgres://` or `postgresql://` URL is PostgreSQL, anything else a file.
 */
export type Engine = 'sqlite' | 'postgres';

const URL_SCHEME = /^postgres(?:ql)?:\/\//i;

export function engineFor(database: string): Engine {
  return URL_SCHEME.test(database) ? 'postgres' : 'sqlite';
}

/** The engine an open data source runs on. */
export function engineOf(ds: DataSource): Engine {
  return ds.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

/** The URL as it may be shown or logged: a password typed into it is never repeated. */
export function displayedDatabase(database: string): string {
  if (engineFor(database) === 'sqlite') return database;
  const url = new URL(database);
  if (url.password) url.password = '***';
  return url.toString();
}

/**
 * What the database of an open core is, as it may be shown: the team database's URL (the
 * context's dbFile is its local folder name, paths.ts) or the SQLite file.
 */
export function shownDatabase(ds: DataSource, dbFile: string): string {
  const url = engineOf(ds) === 'postgres' ? (ds.options as { url?: string }).url : undefined;
  return displayedDatabase(url ?? dbFile);
}
