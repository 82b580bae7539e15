import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { KeyStore } from '../core/core';
import { decodeKey, keyFileFor, resealMarkerFor, sealedKeyFileFor } from '../core/crypto/key-file';
import { AppError } from '../../shared/errors';

/**
 * The data key (it encrypts personnummer at rest), sealed by the OS keychain through
 * safeStorage. One key per database, kept beside it as `<db>.key.sealed`, so that a database
 * and its key travel together and two databases never share or swap keys. The sealed file is
 * useless without this user's keychain. Never logged, never written in the clear.
 */

const KEY_BYTES = 32;

/** On Linux without a keyring safeStorage "encrypts" with a fixed password: no better than 0600. */
export function keychainUsable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

async function unseal(file: string): Promise<Buffer> {
  if (!keychainUsable()) throw new Error('The OS keychain that holds the data key is unavailable');
  const key = Buffer.from(safeStorage.decryptString(await readFile(file)), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`The data key in ${file} is damaged`);
  return key;
}

async function sealNew(file: string): Promise<Buffer> {
  const key = randomBytes(KEY_BYTES);
  await sealKey(file, key);
  return key;
}

async function sealKey(file: string, key: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  // Written aside then renamed, so a crash never leaves half a key behind.
  await writeFile(temporary, safeStorage.encryptString(key.toString('base64')), { mode: 0o600 });
  await rename(temporary, file);
}

/**
 * A restore over a sealed key left the restored key in a file (restore-journal.ts): sealed in the
 * keychain again, then the file and the marker removed, in that order, so that a crash between
 * the steps repeats them at the next start and never loses the key.
 */
async function resealRestoredKey(dbFile: string): Promise<Buffer> {
  const sealed = sealedKeyFileFor(dbFile);
  const file = keyFileFor(dbFile);
  const key = (await exists(file)) ? decodeKey(await readFile(file, 'utf8')) : await unseal(sealed);
  await sealKey(sealed, key);
  await rm(file, { force: true });
  await rm(resealMarkerFor(dbFile), { force: true });
  return key;
}

function once(load: () => Promise<Buffer>): KeyStore {
  let pending: Promise<Buffer> | undefined;
  const loaded = () => (pending ??= load());
  return { load: loaded, peek: loaded };
}

/**
 * No key yet, with a usable keychain: `load` makes and seals one (a file's first open), while a
 * team database's open only peeks (nothing) and seals the key it makes or receives with `keep`
 * (key-gate.ts), so a colleague's key is never shadowed by a new one made here.
 */
function sealingStore(sealed: string): KeyStore {
  let kept: Buffer | undefined;
  return {
    load: async () => (kept ??= await sealNew(sealed)),
    peek: async () => kept,
    keep: async (key) => {
      await sealKey(sealed, key);
      kept = key;
    },
  };
}

/**
 * Asked once per new database when no usable keychain exists (Linux without a secret service):
 * may the key be kept in a file beside the database, readable by this user only? The desktop app
 * asks in a dialog, `--cli` on the terminal.
 */
export type ConfirmFileKey = (keyFile: string) => Promise<boolean>;

/**
 * The key store for `dbFile`, or undefined to let the core use its 0600 key file `<db>.key`:
 * when that file already exists (the database was made by the CLI or browser mode, whose key it
 * is, or the file was accepted before), or when no usable keychain exists and the user accepts
 * the file. Refused, nothing is written and the start stops with key.noKeychain.
 */
export async function createKeyStore(
  dbFile: string,
  confirmFileKey: ConfirmFileKey,
): Promise<KeyStore | undefined> {
  const sealed = sealedKeyFileFor(dbFile);
  if ((await exists(resealMarkerFor(dbFile))) && keychainUsable()) {
    return once(() => resealRestoredKey(dbFile));
  }
  if (await exists(sealed)) return once(() => unseal(sealed));
  if (await exists(keyFileFor(dbFile))) return undefined;
  if (keychainUsable()) return sealingStore(sealed);
  if (await confirmFileKey(keyFileFor(dbFile))) return undefined;
  throw new AppError(
    'key.noKeychain',
    'Det finns ingen nyckelring att förvara databasens nyckel i, och en nyckelfil godkändes inte.',
  );
}
