import { existsSync } from 'node:fs';
import type { DatabaseChoice, DatabaseSetting } from '../../../shared/schemas/database';
import type { PreferenceStore } from '../core';
import { displayedDatabase, engineFor } from '../db/engine';
import { localFileFor, resolveDbFile } from '../paths';

/** The preference that names the database the desktop opens at its next start. */
export const DATABASE_KEY = 'database';

/** JSON schema of the preference, for electron-store (preference-service.ts). */
export const DATABASE_JSON_SCHEMA = {
  type: 'object',
  properties: { kind: { type: 'string', enum: ['file', 'postgres'] }, url: { type: 'string' } },
  required: ['kind'],
} as const;

/** What the preferences say, if it is a choice this build understands; else the own file. */
export function chosenDatabase(store: PreferenceStore): DatabaseChoice {
  const stored = store.get(DATABASE_KEY) as { kind?: unknown; url?: unknown } | undefined;
  if (stored?.kind === 'postgres' && typeof stored.url === 'string') {
    if (engineFor(stored.url) === 'postgres') return { kind: 'postgres', url: stored.url };
  }
  return { kind: 'file' };
}

/** Stores the choice for the next start; a password typed into the URL is never kept. */
export function storeDatabaseChoice(store: PreferenceStore, choice: DatabaseChoice): void {
  store.set(
    DATABASE_KEY,
    choice.kind === 'file'
      ? { kind: 'file' }
      : { kind: 'postgres', url: withoutPassword(choice.url) },
  );
}

export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

/** The password typed into a URL (`postgres://user:secret@…`), decoded, or undefined. */
export function passwordIn(url: string): string | undefined {
  const password = new URL(url).password;
  return password ? decodeURIComponent(password) : undefined;
}

/**
 * Where the desktop app keeps a team database's password, sealed by the OS keychain as the data
 * key is: beside that database's other local files (paths.ts), never in the preferences.
 */
export function sealedPasswordFileFor(url: string, env = process.env): string {
  return `${localFileFor(url, env)}.password.sealed`;
}

/**
 * The database a desktop start opens: `--db`, else KUNDSTART_DB, else the choice made under
 * Inställningar → Databas, else the own file in the app-data folder.
 */
export function startDatabase(
  flag: string | undefined,
  store: PreferenceStore,
  env = process.env,
): { database: string; fromPreferences: boolean } {
  const chosen = chosenDatabase(store);
  if (flag || env.KUNDSTART_DB || chosen.kind === 'file') {
    return { database: resolveDbFile(flag, env), fromPreferences: false };
  }
  return { database: chosen.url, fromPreferences: true };
}

/** The database this core runs on and the one chosen for the next start. */
export function databaseSetting(
  current: string,
  store: PreferenceStore,
  env = process.env,
): DatabaseSetting {
  const chosen = chosenDatabase(store);
  return {
    current: displayedDatabase(current),
    engine: engineFor(current),
    chosen,
    passwordStored:
      chosen.kind === 'postgres' && existsSync(sealedPasswordFileFor(chosen.url, env)),
  };
}
