import type { CellEdit, ColumnMapping, ImportTable } from '../../../shared/schemas/import';
import type { AuditInput } from '../audit/audit-service';
import type { JsonLayout, PreparedInsert } from '../db/json-insert';
import type { ProfileRow, UserEntityRow } from '../db/entities';

/** What a plan is checked against, read by the core in the transaction that writes it. */
export interface WorldFacts {
  existing: UserEntityRow[];
  profiles: ProfileRow[];
  licences: number;
  today: Date;
}

export interface ReadTable {
  session: string;
  tableJson: string;
  headers: string[];
}

/** The table to plan: one the planner kept when it read the file, or one sent whole. */
export type TableSource = { session: string; edits: CellEdit[] } | { table: ImportTable };

export interface PlanRequest {
  source: TableSource;
  mapping: ColumnMapping;
  world: WorldFacts;
  customerId: string;
  /** The commit's time, stamped on every row it writes. */
  now: string;
  /** The database's data key: rows are encrypted where they are built. */
  dataKey: Buffer;
  /** How a worker thread may build the steps' statements itself; null: the core writes rows. */
  statements: StatementLayouts | null;
}

/** The users' and audit's INSERTs (SQLite's JSON form), and who the audit names as actor. */
export interface StatementLayouts {
  users: JsonLayout;
  audit: JsonLayout;
  actor: string;
}

/**
 * One step of a commit: users to write (new, or replacing their stored row) and their audit, as
 * rows, or as the statements that write them (built where the rows were, off the core's thread).
 */
export type WriteStep = RowStep | { count: number; statements: PreparedInsert[] };

export interface RowStep {
  users: UserEntityRow[];
  audits: AuditInput[];
}

export interface PlannedImport {
  /** The report as JSON text (ImportReportText): the core's thread only passes it on. */
  reportJson: string;
  headers: string[];
  /** A file-level error (licences exceeded): nothing may be written. */
  refused: boolean;
  /** Rows that change (created or updated), which the steps write. */
  changed: number;
  /** Updated users who are their customer's primary contact: the contact follows them. */
  contactUserIds: string[];
  /** The next rows to write, or null when every step was handed out. */
  nextStep(): Promise<WriteStep | null>;
  /** Lets go of the plan early (a cancelled or failed commit). */
  close(): void;
}

/**
 * Reads staff lists and plans their import, where the work cannot stall the core: in its own
 * thread for large files. The core keeps the transaction and the writes; a planner keeps the
 * tables it read and builds each step's rows.
 */
export interface Planner {
  /** The kept table's name, the table as JSON text (see ImportPreview) and its headers. */
  read(fileName: string, bytes: Buffer): Promise<ReadTable>;
  /** A dry run's report (`commit: false`), or the report and the steps to write. */
  plan(request: PlanRequest, commit: boolean): Promise<PlannedImport>;
  /** Lets go of a kept table (a commit wrote it). */
  drop(session: string): void;
  close(): Promise<void>;
}
