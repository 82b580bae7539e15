import { existsSync, writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { keyFileFor, resealMarkerFor, sealedKeyFileFor, writeKeyFile } from '../crypto/key-file';
import { unwrapTeamKey, wrapTeamKey } from '../crypto/key-transfer';
import { engineFor } from '../db/engine';
import { keyFits, readTeamKeyState, wrongKey } from '../db/key-check';
import { localFileFor } from '../paths';
import type { ServiceContext } from '../context';

/**
 * Handing the team key to a colleague (issue 16 item 4). Export wraps the key this core opened
 * the team database with (so it is the one that fits: the open checked it) under a passphrase;
 * import unwraps a colleague's file, checks it against the team database's key check value, and
 * only then stores it for this desktop.
 */
export async function exportTeamKey(ctx: ServiceContext, passphrase: string): Promise<string> {
  if (ctx.ds.options.type !== 'postgres') throw notTeam();
  return wrapTeamKey(ctx.dataKey(), passphrase);
}

export interface ImportedKey {
  /** Where this desktop keeps it: the 0600 key file of the team database's local name. */
  keyFile: string;
  /** The desktop app seals it in the keychain at its next start (key-store.ts). */
  sealedAtNextStart: boolean;
}

/**
 * Stores a colleague's team key for `url` on this desktop. Refused, storing nothing, when the
 * passphrase is wrong (key.passphrase), the file is not a key file (key.fileDamaged) or the key
 * is not the team database's (key.wrongTeamKey). A key this desktop had that did not fit is
 * replaced; where the desktop app had sealed one, the marker left beside it makes its next start
 * seal the imported key in the keychain instead (as after a restore).
 */
export async function importTeamKey(
  url: string,
  fileText: string,
  passphrase: string,
  options: ImportOptions = {},
): Promise<ImportedKey> {
  if (engineFor(url) !== 'postgres') throw notTeam();
  const key = await unwrapTeamKey(fileText, passphrase);
  const state = await readTeamKeyState(withPassword(url, options.password));
  if (!keyFits(state, key)) throw wrongKey('postgres');
  const local = localFileFor(url, options.env);
  const keyFile = keyFileFor(local);
  writeKeyFile(keyFile, key, 'w');
  const sealedAtNextStart = Boolean(options.sealAtNextStart) || existsSync(sealedKeyFileFor(local));
  if (sealedAtNextStart) writeFileSync(resealMarkerFor(local), '', { mode: 0o600 });
  return { keyFile, sealedAtNextStart };
}

export interface ImportOptions {
  /** The team database's password as typed under Inställningar (else the URL's or PGPASSWORD). */
  password?: string;
  env?: NodeJS.ProcessEnv;
  /** The desktop app's core, which has no keychain: its main process seals the key next start. */
  sealAtNextStart?: boolean;
}

/** Whether this desktop holds a key for the team database at `url` (sealed, or a key file). */
export function teamKeyHere(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const local = localFileFor(url, env);
  return existsSync(keyFileFor(local)) || existsSync(sealedKeyFileFor(local));
}

function withPassword(url: string, password: string | undefined): string {
  if (!password) return url;
  const parsed = new URL(url);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

function notTeam(): AppError {
  return new AppError('key.notTeam', 'Teamets nyckel finns bara för en teamdatabas på PostgreSQL.');
}
