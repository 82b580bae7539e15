import { z } from 'zod';

/** A backup's passphrase: long enough to resist guessing even with scrypt's cost per guess. */
export const PASSPHRASE_MIN = 8;
export const passphraseSchema = z.string().min(PASSPHRASE_MIN).max(1024);
