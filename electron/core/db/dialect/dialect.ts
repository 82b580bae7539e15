import type { DataSource, EntityManager } from 'typeorm';

/**
 * SQL that differs between the engines, behind one interface: services ask the dialect of their
 * data source (dialectOf) and never test which engine they run on. Raw SQL in services uses `?`
 * placeholders on both (the PostgreSQL engine numbers them: db/placeholders.ts).
 */
export interface Dialect {
  /** A consistent copy of the open database in a new SQLite file (backups). */
  copyInto(ds: DataSource, file: string): Promise<void>;
  /** Refuses a restore from a backup file where the database is not a file it can replace. */
  assertRestorable(): void;
  /** Before personal data is deleted: the bytes it frees are overwritten, not left behind. */
  zeroFreedSpace(ds: DataSource): Promise<void>;
  /** After it is deleted: the engine's log keeps no copy of the deleted rows. */
  dropLoggedCopies(ds: DataSource): Promise<void>;
  /** `column` contains `text` whatever the case, Swedish letters too: the SQL and its parameter. */
  containsAnyCase(column: string, text: string): { sql: string; param: string };
  /**
   * Inside a transaction: the customer's collaboration row is this transaction's until it ends,
   * so two that count the customer's licences and users (then add a user, or lower the
   * licences) never both decide on the same count.
   */
  lockCustomer(m: EntityManager, customerId: string): Promise<void>;
  /**
   * Inside a transaction: one record is this transaction's until it ends, so a save that checks
   * the record's version (conflict.stale) and then writes cannot interleave with another's.
   * SQLite has one writer at a time already.
   */
  lockRecord(m: EntityManager, table: LockedTable, id: string): Promise<void>;
  /** A tie-break after a timestamp: the order rows were inserted in, where the engine knows it. */
  insertionOrder(alias?: string): string;
}

/**
 * The tables whose records a save locks by id. A customer's time settings have no id of their
 * own (a section may not be stored yet): their save locks the customer.
 */
export type LockedTable = 'users' | 'customers' | 'reporting_profiles' | 'bureau';

/** Each letter of `value` as both its cases, Swedish rules ("å" finds "Å"). */
export function bothCases(ch: string): string[] {
  return [...new Set([ch.toLocaleLowerCase('sv'), ch.toLocaleUpperCase('sv')])];
}
