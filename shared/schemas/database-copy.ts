import { z } from 'zod';
import { postgresUrl } from './database';

/**
 * Moving the portfolio to the team database (issue 16 item 5) from Inställningar → Databas: the
 * file this start runs on is copied into a team database named like a connection test's. The
 * password travels beside the URL for these connections only, never stored.
 */
export const databaseCopySchema = z
  .object({ url: postgresUrl, password: z.string().max(500).optional() })
  .strict();

/** A customer the team database already has: the same organisationsnummer (or id). */
export interface CopyConflict {
  id: string;
  name: string;
  orgnr: string;
}

/** What a copy would do, read without writing anything on either side. */
export interface CopyPreview {
  /** The team database as it may be shown (no password). */
  database: string;
  /** Customers and users in the file this start runs on. */
  customers: number;
  users: number;
  /** Customers the team database has already: the copy is refused until they are resolved. */
  conflicts: CopyConflict[];
}

/** One table of a finished copy: rows added, or the team database's own rows kept. */
export interface CopiedTableCount {
  name: string;
  rows: number;
  kept?: true;
}

/** A copy that finished: every table's count and checksum matched the file's. */
export interface CopyOutcome {
  database: string;
  tables: CopiedTableCount[];
  elapsedMs: number;
}
