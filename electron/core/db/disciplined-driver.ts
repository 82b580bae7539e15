import type sqlite3 from 'sqlite3';
import type { DataSource, QueryRunner } from 'typeorm';
import { SqliteDriver } from 'typeorm/driver/sqlite/SqliteDriver.js';
import { ReadOnlyQueryRunner, WriterQueryRunner, type Discipline } from './query-runners';
import { WriterLock } from './writer-lock';

/**
 * TypeORM's sqlite driver with one writer and one reader: the writer connection (TypeORM's own)
 * behind a lock that every write path takes, and a second connection opened read-only for reads
 * outside a transaction. Replication modes ('master'/'slave') are not used: the statement itself
 * says where it goes, so raw `ds.query('SELECT ...')` is routed like a `find`.
 */
export class DisciplinedSqliteDriver extends SqliteDriver {
  private readonly discipline: Discipline = {
    lock: new WriterLock(),
    reader: () => this.readRunner(),
  };
  private reader: { database: sqlite3.Database; runner: ReadOnlyQueryRunner } | null = null;

  constructor(connection: DataSource) {
    super(connection);
  }

  override createQueryRunner(): QueryRunner {
    return new WriterQueryRunner(this, this.discipline);
  }

  override async afterConnect(): Promise<void> {
    await super.afterConnect();
    // Freed bytes are zeroed from the first write on, not only from an erasure on: Debian's
    // libsqlite3 is built with SQLITE_SECURE_DELETE, the SQLite bundled with the sqlite3 package
    // (every developer build and the packaged app) is not, and without it an earlier update or
    // delete leaves the old row in free space, where a later secure_delete never looks again.
    await runOn(this.databaseConnection as sqlite3.Database, 'PRAGMA secure_delete = ON');
    const database = await this.openReadOnly();
    this.reader = { database, runner: new ReadOnlyQueryRunner(this, database) };
  }

  /**
   * The reader closes first: the writer, closing last, checkpoints the write-ahead log into the
   * file and removes it, so a closed database is one file (what backup and restore expect).
   */
  override async disconnect(): Promise<void> {
    const reader = this.reader;
    this.reader = null;
    if (reader) await closeDatabase(reader.database);
    await super.disconnect();
  }

  /** The read-only query runner (for the tests that prove it refuses writes). */
  readRunner(): ReadOnlyQueryRunner {
    if (!this.reader) throw new Error('The database is not open.');
    return this.reader.runner;
  }

  private async openReadOnly(): Promise<sqlite3.Database> {
    const driver = this.sqlite as typeof sqlite3;
    const database = await new Promise<sqlite3.Database>((resolve, reject) => {
      const db: sqlite3.Database = new driver.Database(
        this.options.database,
        driver.OPEN_READONLY,
        (err) => (err ? reject(err) : resolve(db)),
      );
    });
    // One read at a time on this connection: a read waiting out busy_timeout keeps one of
    // libuv's four threads, and the rest queue here rather than take the others (they would
    // only wait on the connection's mutex), so the writer always has a thread to finish with.
    database.serialize();
    // A reader waits, rather than fails, while the writer recovers or checkpoints the log.
    await new Promise<void>((resolve, reject) =>
      database.run(`PRAGMA busy_timeout = ${this.options.busyTimeout ?? 5000}`, (err) =>
        err ? reject(err) : resolve(),
      ),
    );
    return database;
  }
}

function runOn(database: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) =>
    database.run(sql, (err) => (err ? reject(err) : resolve())),
  );
}

function closeDatabase(database: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => database.close((err) => (err ? reject(err) : resolve())));
}
