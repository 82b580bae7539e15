import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyStore } from '../core';

/** The key file that goes with a database in plain Node: `<db>.key`, readable by its owner only. */
export function keyFileFor(dbFile: string): string {
  return `${dbFile}.key`;
}

export function fileKeyStore(path: string): KeyStore {
  return {
    async load() {
      if (existsSync(path)) return decodeKey(readFileSync(path, 'utf8'));
      mkdirSync(dirname(path), { recursive: true });
      const key = randomBytes(32);
      // 'wx' refuses to overwrite a key another process wrote a moment ago.
      writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
      chmodSync(path, 0o600);
      return key;
    },
  };
}

export function decodeKey(text: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('The key file does not hold a 32-byte key');
  return key;
}
