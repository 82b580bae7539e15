import type sqlite3 from 'sqlite3';
import type { QueryResult } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';
import { SqliteQueryRunner } from 'typeorm/driver/sqlite/SqliteQueryRunner.js';
import type { SqliteDriver } from 'typeorm/driver/sqlite/SqliteDriver.js';
import { isReadOnlyStatement } from './statements';
import { refuseNestedAccess } from './transaction-scope';
import type { WriterLock } from './writer-lock';

/** What every query runner of one database shares: the writer's lock and the reader. */
export interface Discipline {
  lock: WriterLock;
  reader(): ReadOnlyQueryRunner;
}

/**
 * A query runner on the writer connection that takes the writer's turn: a transaction from BEGIN
 * to COMMIT/ROLLBACK, a write outside one for that statement. Reads outside a transaction go to
 * the read-only connection, so they see committed rows only. TypeORM's sqlite driver hands out
 * one shared runner; the driver here makes one per call, each with its own transaction state.
 */
export class WriterQueryRunner extends SqliteQueryRunner {
  private releaseWriter: (() => void) | null = null;

  constructor(
    driver: SqliteDriver,
    private readonly discipline: Discipline,
  ) {
    super(driver);
  }

  override query(
    sql: string,
    parameters: unknown[] | undefined,
    structured: true,
  ): Promise<QueryResult>;
  override query(sql: string, parameters?: unknown[], structured?: boolean): Promise<unknown>;
  override async query(
    sql: string,
    parameters?: unknown[],
    useStructuredResult = false,
  ): Promise<unknown> {
    if (this.releaseWriter) return super.query(sql, parameters, useStructuredResult);
    refuseNestedAccess(this, this.discipline.lock.holder);
    if (isReadOnlyStatement(sql)) {
      return this.discipline.reader().query(sql, parameters, useStructuredResult);
    }
    const release = await this.discipline.lock.acquire(this);
    try {
      return await super.query(sql, parameters, useStructuredResult);
    } finally {
      release();
    }
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<void> {
    if (this.releaseWriter) return super.startTransaction(isolationLevel); // a savepoint
    refuseNestedAccess(this, this.discipline.lock.holder);
    this.releaseWriter = await this.discipline.lock.acquire(this);
    try {
      await super.startTransaction(isolationLevel);
    } catch (err) {
      this.endTransaction();
      throw err;
    }
  }

  override async commitTransaction(): Promise<void> {
    await super.commitTransaction();
    if (!this.isTransactionActive) this.endTransaction();
  }

  override async rollbackTransaction(): Promise<void> {
    const outermost = this.transactionDepth <= 1;
    try {
      await super.rollbackTransaction();
    } finally {
      // Even when ROLLBACK itself fails (SQLite may already have rolled back): never keep the turn.
      if (outermost) this.endTransaction();
    }
  }

  /** A runner released with its transaction still open rolls it back rather than block all. */
  override async release(): Promise<void> {
    if (this.releaseWriter) await this.rollbackTransaction().catch(() => undefined);
    return super.release();
  }

  private endTransaction(): void {
    this.isTransactionActive = false;
    this.transactionDepth = 0;
    this.releaseWriter?.();
    this.releaseWriter = null;
  }
}

/** Runs reads on the read-only connection (WAL: it sees the last commit, never an open write). */
export class ReadOnlyQueryRunner extends SqliteQueryRunner {
  constructor(
    driver: SqliteDriver,
    private readonly readOnlyDatabase: sqlite3.Database,
  ) {
    super(driver);
  }

  override connect(): Promise<sqlite3.Database> {
    return Promise.resolve(this.readOnlyDatabase);
  }

  override startTransaction(): Promise<void> {
    return Promise.reject(new Error('The read-only connection takes no transactions.'));
  }
}
