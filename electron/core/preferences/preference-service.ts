import {
  LANGUAGES,
  updatePreferencesSchema,
  type Preferences,
  type UpdatePreferences,
} from '../../../shared/schemas/app';
import type { PreferenceStore } from '../core';
import type { ServiceContext } from '../context';
import { DATABASE_JSON_SCHEMA, DATABASE_KEY } from './database-choice';

const DEFAULTS: Preferences = { language: 'sv', updates: { enabled: false, feedUrl: '' } };

/** JSON schema for the desktop app's store (electron-store validates against it on every write). */
export const PREFERENCES_SCHEMA = {
  language: { type: 'string', enum: [...LANGUAGES], default: DEFAULTS.language },
  updates: {
    type: 'object',
    properties: { enabled: { type: 'boolean' }, feedUrl: { type: 'string' } },
    default: DEFAULTS.updates,
  },
  [DATABASE_KEY]: DATABASE_JSON_SCHEMA,
} as const;

export function getPreferences(ctx: Pick<ServiceContext, 'preferences'>): Preferences {
  const language = ctx.preferences.get('language');
  return {
    language: (LANGUAGES as readonly unknown[]).includes(language)
      ? (language as Preferences['language'])
      : DEFAULTS.language,
    updates: updatesOf(ctx.preferences.get('updates')),
  };
}

/** What the file says, if the contract would have accepted it; else updates stay off. */
function updatesOf(stored: unknown): UpdatePreferences {
  const parsed = updatePreferencesSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULTS.updates;
}

export function setPreferences(ctx: ServiceContext, patch: Partial<Preferences>): Preferences {
  if (patch.language) ctx.preferences.set('language', patch.language);
  if (patch.updates) ctx.preferences.set('updates', patch.updates);
  return getPreferences(ctx);
}

/**
 * The plain-Node store: `conf`, which electron-store is built on, in the data folder. Without
 * the JSON schema: compiling its validator took a seventh of every CLI command's start, and a
 * value it refused stopped every command. What is read is checked by getPreferences, what is
 * written by the contract.
 */
export async function confStore(dir: string): Promise<PreferenceStore> {
  const { default: Conf } = await import('conf');
  const conf = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'preferences',
    projectName: 'kundstart',
  });
  return { get: (key) => conf.get(key), set: (key, value) => conf.set(key, value) };
}
