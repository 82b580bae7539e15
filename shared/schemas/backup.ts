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
