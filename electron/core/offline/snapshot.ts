import { existsSync, renameSync, rmSync } from 'node:fs';
import type { DataSource, EntityManager } from 'typeorm';
import { openDatabase } from '../db/data-source';
import { jsonFormOf } from '../db/bulk-insert';
import { jsonStatement } from '../db/json-insert';
import { quoted } from '../db/copy/target';

/*
 * The last-read copy of a team database (issue 16 item 6): a SQLite file beside the desktop's
 * local files for that database, which the core opens read-only when the server cannot be
 * reached at start. It has the team database's tables with their rows as they are, encrypted
 * values included: personnummer stay encrypted under the team database's key, which this
 * desktop already holds (the snapshot adds no clear text, and no key, to the disk).
 */

/** Where the last-read copy of the team database whose local name is `localFile` lives. */
export function snapshotFileFor(localFile: string): string {
  return `${localFile}.snapshot.sqlite`;
}

/** The snapshot's own table: when its rows were read. Not a migration's: only copies have it. */
const INFO_TABLE = 'snapshot_info';

/** Tables that are the engine's, TypeORM's or the snapshot's own, not the portfolio's. */
const NOT_DATA = /^(sqlite_|migrations$|typeorm_metadata$|snapshot_info$)/;

/** Rows read from the server per statement. */
const READ_BATCH = 5000;

type Row = Record<string, unknown>;

/**
 * Reads every table of the team database in one repeatable-read transaction (one moment) and
 * writes it into a new SQLite file, migrated by this build, then moves it over the old copy:
 * a copy is either the whole previous one or the whole new one. Returns the read time.
 */
export async function writeSnapshot(team: DataSource, file: string): Promise<string> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const copy = await openDatabase(partial);
  try {
    const tables = await tablesOf(copy);
    // The copy takes the rows as the server has them; their order may not suit SQLite's checks.
    await copy.query('PRAGMA foreign_keys = OFF');
    const readAt = await team.transaction('REPEATABLE READ', async (server) => {
      const [{ now }] = (await server.query('SELECT now() AS now')) as [{ now: string }];
      await copy.transaction(async (m) => {
        for (const table of tables) await copyTable(server, m, table);
        await m.query(`CREATE TABLE ${INFO_TABLE} (read_at TEXT NOT NULL)`);
        await m.query(`INSERT INTO ${INFO_TABLE} (read_at) VALUES (?)`, [now]);
      });
      return now;
    });
    await copy.destroy();
    renameSync(partial, file);
    return readAt;
  } finally {
    if (copy.isInitialized) await copy.destroy();
    rmSync(partial, { force: true });
  }
}

/** When the copy in `file` was read, or null when there is none (or it is no copy). */
export async function snapshotReadAt(ds: DataSource): Promise<string | null> {
  const has: unknown[] = await ds.query(
    `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${INFO_TABLE}'`,
  );
  if (has.length === 0) return null;
  const rows: { read_at: string }[] = await ds.query(`SELECT read_at FROM ${INFO_TABLE}`);
  return rows[0]?.read_at ?? null;
}

export function hasSnapshot(file: string): boolean {
  return existsSync(file);
}

interface Table {
  name: string;
  columns: string[];
}

async function tablesOf(copy: DataSource): Promise<Table[]> {
  const names: { name: string }[] = await copy.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  const tables: Table[] = [];
  for (const { name } of names) {
    if (NOT_DATA.test(name)) continue;
    const info: { name: string }[] = await copy.query(`PRAGMA table_info(${quoted(name)})`);
    tables.push({ name, columns: info.map((c) => c.name) });
  }
  return tables;
}

/** One table: the copy's rows (a migration may have seeded some) replaced by the server's. */
async function copyTable(server: EntityManager, m: EntityManager, table: Table): Promise<void> {
  const columns = table.columns.map(quoted).join(', ');
  await m.query(`DELETE FROM ${quoted(table.name)}`);
  const into = `INSERT INTO ${quoted(table.name)} (${columns})`;
  for (let offset = 0; ; offset += READ_BATCH) {
    const rows: Row[] = await server.query(
      `SELECT ${columns} FROM ${quoted(table.name)} ORDER BY 1 LIMIT ${READ_BATCH} OFFSET ${offset}`,
    );
    const values = rows.map((row) => table.columns.map((c) => asSqlite(row[c])));
    await insert(m, into, table.columns.length, values);
    if (rows.length < READ_BATCH) return;
  }
}

/** One JSON statement per batch where its values survive json_extract, else row by row. */
async function insert(m: EntityManager, into: string, width: number, values: unknown[][]) {
  if (values.length === 0) return;
  const statement = jsonStatement(into, '', values, await jsonFormOf(m));
  if (statement) {
    await m.query(statement.sql, statement.params);
    return;
  }
  const marks = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  for (const row of values) await m.query(`${into} VALUES ${marks}`, row);
}

/** A value as SQLite stores what the entities write: booleans 0/1, times as ISO text. */
function asSqlite(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return JSON.stringify(value);
  }
  return value;
}
