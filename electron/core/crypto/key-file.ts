import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { KeyStore } from '../core';

/** The key file that goes with a database in plain Node: `<db>.key`, readable by its owner only. */
export function keyFileFor(dbFile: string): string {
  return `${dbFile}.key`;
}

/** Where the desktop app keeps the key sealed by the OS keychain (safeStorage) instead. */
export function sealedKeyFileFor(dbFile: string): string {
  return `${dbFile}.key.sealed`;
}

/**
 * Left by a restore that replaced a key the desktop had sealed: the restored key is a file until
 * the desktop app's next start seals it in the keychain again (electron/main/key-store.ts).
 */
export function resealMarkerFor(dbFile: string): string {
  return `${dbFile}.key.reseal`;
}

/**
 * The key file store. A database whose key the desktop app sealed in the keychain is refused:
 * a fresh key file here would encrypt new rows with another key than the old ones.
 */
export function fileKeyStore(path: string, sealedPath?: string): KeyStore {
  const peek = async () => {
    if (!existsSync(path) && sealedPath && existsSync(sealedPath)) {
      throw new AppError(
        'key.sealed',
        'Databasens nyckel ligger i skrivbordsprogrammets nyckelring; öppna den i Kundstart-appen.',
      );
    }
    return existsSync(path) ? decodeKey(readFileSync(path, 'utf8')) : undefined;
  };
  const keep = async (key: Buffer) => writeKeyFile(path, key, 'wx');
  return {
    peek,
    keep,
    async load() {
      const existing = await peek();
      if (existing) return existing;
      const key = randomBytes(32);
      await keep(key);
      return key;
    },
  };
}

/**
 * Writes a key file readable by its owner only. 'wx' refuses to overwrite a key another process
 * wrote a moment ago; 'w' replaces one (an imported team key over a key that never fit).
 */
export function writeKeyFile(path: string, key: Buffer, flag: 'wx' | 'w'): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag });
  chmodSync(path, 0o600);
}

export function decodeKey(text: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('The key file does not hold a 32-byte key');
  return key;
}
