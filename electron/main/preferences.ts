import type { Schema } from 'conf';
import type { PreferenceStore } from '../core/core';
import { PREFERENCES_SCHEMA } from '../core/preferences/preference-service';
import { windowStateJsonSchema } from './window-bounds';

export const WINDOW_STATE_KEY = 'windowState';

/**
 * The preferences file (userData/preferences.json) through electron-store: the services' keys
 * with their own JSON schema (the same one `conf` uses in plain Node), plus the shell's window
 * state. With the default data folder this is the very file the CLI and browser mode use.
 */
export async function openPreferences(userDataDir: string): Promise<PreferenceStore> {
  // electron-store is ESM-only and this file ends up in a CommonJS bundle: import() keeps it
  // loadable, where a bundled require() would not be.
  const { default: ElectronStore } = await import('electron-store');
  const store = new ElectronStore<Record<string, unknown>>({
    name: 'preferences',
    cwd: userDataDir,
    schema: {
      ...(PREFERENCES_SCHEMA as Schema<Record<string, unknown>>),
      [WINDOW_STATE_KEY]: windowStateJsonSchema,
    },
    // A corrupt preferences file costs window bounds and a language choice, not a start.
    clearInvalidConfig: true,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => (value === undefined ? store.delete(key) : store.set(key, value)),
  };
}
