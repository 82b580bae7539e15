import { z } from 'zod';

/** A backup's passphrase: long enough to resist guessing even with scrypt's cost per guess. */
export const PASSPHRASE_MIN = 8;
export const passphraseSchema = z.string().min(PASSPHRASE_MIN).max(1024);

/** Made before a migration, or the daily one while the app runs. */
export type AutomaticBackupKind = 'daily' | 'migration';

/** One automatic backup in the database's `backups/` folder. */
export interface AutomaticBackup {
  /** The file's name in the folder: what the UI hands back to restore it. */
  name: string;
  at: string;
  kind: AutomaticBackupKind;
  bytes: number;
}

/** An automatic backup's file name, as listed: nothing else in the folder can be named. */
const automaticName = z.string().regex(/^[\w.-]+-\d{8}T\d{6}Z-(daily|migration)\.db$/);

export const backupCreateSchema = z.object({ passphrase: passphraseSchema }).strict();

/** From a listed automatic backup, or from a backup file the user chose (read in the window). */
export const backupRestoreSchema = z.discriminatedUnion('from', [
  z.object({ from: z.literal('automatic'), name: automaticName }).strict(),
  z
    .object({
      from: z.literal('file'),
      fileName: z.string().max(260),
      base64: z.string().min(1),
      passphrase: z.string().min(1).max(1024),
    })
    .strict(),
]);
export type BackupRestoreInput = z.infer<typeof backupRestoreSchema>;

export interface RestoreResult {
  restoredFrom: string;
}
