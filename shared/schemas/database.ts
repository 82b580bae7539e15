import { z } from 'zod';

/**
 * Choosing the database (issue 16 item 1): the desktop's own SQLite file, or a bureau's team
 * database on PostgreSQL named by a URL. The password travels beside the URL, never in what is
 * stored: the desktop app seals it in the keychain, elsewhere PGPASSWORD holds it.
 */
const POSTGRES_URL = /^postgres(?:ql)?:\/\/[^/?#]/i;

export const postgresUrl = z
  .string()
  .trim()
  .max(2000)
  .regex(POSTGRES_URL, { message: 'Adressen måste börja med postgres://' })
  .refine(parses, { message: 'Adressen går inte att läsa' });

function parses(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** A password as staff type it; empty means none (the URL's, or PGPASSWORD). */
const password = z.string().max(500).optional();

export const databaseTestSchema = z.object({ url: postgresUrl, password }).strict();

export const databaseChooseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file') }).strict(),
  z.object({ kind: z.literal('postgres'), url: postgresUrl, password }).strict(),
]);
export type DatabaseChoiceInput = z.infer<typeof databaseChooseSchema>;

/**
 * What a reachable database is to Kundstart: empty (Kundstart sets it up at its first start),
 * an older schema (Kundstart brings it up to date), or this app's own schema.
 */
export type DatabaseState = 'empty' | 'older' | 'current';

export interface DatabaseTestResult {
  /** The URL as it may be shown: no password. */
  database: string;
  /** PostgreSQL's own version string (`server_version`), e.g. "16.4 (Debian 16.4-1)". */
  serverVersion: string;
  /** The last Kundstart migration the database has, or null when it has none. */
  schemaVersion: string | null;
  /** The last migration this app knows. */
  appSchemaVersion: string;
  state: DatabaseState;
}

/** The stored choice for the next start: the file, or a URL without its password. */
export type DatabaseChoice = { kind: 'file' } | { kind: 'postgres'; url: string };

export interface DatabaseSetting {
  /** The database this start runs on, as it may be shown (no password). */
  current: string;
  engine: 'sqlite' | 'postgres';
  /** What the next desktop start opens, unless `--db` or KUNDSTART_DB names another. */
  chosen: DatabaseChoice;
  /** The desktop app keeps a password for the chosen URL (sealed in the keychain). */
  passwordStored: boolean;
}

// ---------------------------------------------------------------- the team key (issue 16 item 4)

/** The team key's file is at most a few hundred bytes: anything near this is not one. */
const KEY_FILE_BASE64_MAX = 16_384;

/** Export the open team database's key, wrapped with a passphrase (as a backup's, 8 or more). */
export const teamKeyExportSchema = z.object({ passphrase: z.string().min(8).max(1024) }).strict();

/** Import a colleague's key file (read in the window) for the team database at `url`. */
export const teamKeyImportSchema = z
  .object({
    url: postgresUrl,
    password,
    fileName: z.string().max(260),
    base64: z.string().min(1).max(KEY_FILE_BASE64_MAX),
    passphrase: z.string().min(1).max(1024),
  })
  .strict();
export type TeamKeyImportInput = z.infer<typeof teamKeyImportSchema>;

/** Whether this desktop has the key of the team database chosen (or open). */
export interface TeamKeyStatus {
  /** The chosen database is a team database: only then is there a team key. */
  team: boolean;
  /** This desktop holds a key for it (sealed or in its key file). */
  keyHere: boolean;
}

export interface TeamKeyImported {
  /** The desktop app seals the key in the keychain at its next start. */
  sealedAtNextStart: boolean;
}
