import { existsSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import { AppError } from '../../../../shared/errors';

/** A row as SQLite's driver hands it over: column name to value. */
export type Row = Record<string, unknown>;

/** What the copy needs to know of one table of the source, read from its migrated schema. */
export interface SourceTable {
  name: string;
  /** Every column, in the table's order. */
  columns: string[];
  /** The primary key's columns, in the key's order. */
  primaryKey: string[];
  /** The tables its foreign keys point to (itself excluded). */
  references: string[];
}

/** Tables that are the engine's or TypeORM's own, not the portfolio's. */
const NOT_DATA = /^(sqlite_|migrations$|typeorm_metadata$)/;

/**
 * The SQLite file a portfolio is copied from, opened read-only: nothing the copy does can
 * change its bytes (no migration, no WAL mode switch, no price list; SQLite may make its empty
 * -wal and -shm side files to read a WAL-mode file). Reads go by rowid, so a large table comes
 * in batches, in the order its rows were inserted.
 */
export class SqliteSource {
  private constructor(private readonly db: sqlite3.Database) {}

  static async open(file: string): Promise<SqliteSource> {
    if (!existsSync(file)) {
      throw new AppError('db.notKundstart', `Källfilen finns inte: ${file}`);
    }
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) =>
        err ? reject(err) : resolve(opened),
      );
    });
    const source = new SqliteSource(db);
    try {
      // One read transaction for the whole copy: every table is read from the same moment,
      // even while the desktop app goes on writing to the file.
      await source.all('BEGIN');
      await source.all('SELECT count(*) FROM sqlite_master');
    } catch {
      await source.close();
      throw new AppError('db.notKundstart', 'Källfilen är ingen Kundstart-databas.');
    }
    return source;
  }

  all(sql: string, params: unknown[] = []): Promise<Row[]> {
    return new Promise((resolve, reject) =>
      this.db.all(sql, params, (err, rows: Row[]) => (err ? reject(err) : resolve(rows))),
    );
  }

  /** The migrations the file has had, oldest first; none when it has no migrations table. */
  async migrations(): Promise<string[]> {
    const has = await this.all(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'",
    );
    if (has.length === 0) return [];
    const rows = await this.all('SELECT name FROM migrations ORDER BY id');
    return rows.map((r) => String(r.name));
  }

  /** The portfolio's tables with their columns, keys and references. */
  async tables(): Promise<SourceTable[]> {
    const names = await this.all(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    );
    const tables: SourceTable[] = [];
    for (const { name } of names) {
      const table = String(name);
      if (NOT_DATA.test(table)) continue;
      const info = await this.all(`PRAGMA table_info("${table}")`);
      const keys = await this.all(`PRAGMA foreign_key_list("${table}")`);
      tables.push({
        name: table,
        columns: info.map((c) => String(c.name)),
        primaryKey: info
          .filter((c) => Number(c.pk) > 0)
          .sort((a, b) => Number(a.pk) - Number(b.pk))
          .map((c) => String(c.name)),
        references: [...new Set(keys.map((k) => String(k.table)))].filter((t) => t !== table),
      });
    }
    return tables;
  }

  /** A table's rows, `size` at a time, in rowid order. */
  async *rows(table: string, size: number): AsyncGenerator<Row[]> {
    let after = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const batch = await this.all(
        `SELECT rowid AS "__rowid", * FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ?`,
        [after, size],
      );
      if (batch.length === 0) return;
      after = Number(batch[batch.length - 1]?.__rowid);
      yield batch.map(({ __rowid: _, ...row }) => row);
      if (batch.length < size) return;
    }
  }

  async close(): Promise<void> {
    await this.all('ROLLBACK').catch(() => undefined);
    await new Promise<void>((resolve) => this.db.close(() => resolve()));
  }
}
