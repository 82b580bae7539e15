import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { Core } from '../core/core';
import {
  passwordIn,
  sealedPasswordFileFor,
  withoutPassword,
} from '../core/preferences/database-choice';
import { databaseChooseSchema } from '../../shared/schemas/database';
import { keychainUsable } from './key-store';

/**
 * A team database's password in the desktop app: sealed by the OS keychain, as the data key is
 * (key-store.ts), in a file of its own beside that database's local files. It never reaches the
 * core's preferences, and is handed to the core only as PGPASSWORD at a start.
 */

/**
 * The core as the window sees it, except that `database:choose` leaves its password here: sealed
 * in the keychain, then the choice goes on without it. Without a usable keychain nothing is kept,
 * and the setting says so (passwordStored false): PGPASSWORD is then the way.
 */
export function sealingDatabasePasswords(core: Core): Core {
  return {
    dispatch: async (channel, input, ctx) => {
      const parsed = channel === 'database:choose' ? databaseChooseSchema.safeParse(input) : null;
      if (!parsed?.success || parsed.data.kind !== 'postgres') {
        return core.dispatch(channel, input, ctx);
      }
      const { url, password } = parsed.data;
      const secret = password || passwordIn(url);
      if (secret && keychainUsable()) await sealPassword(sealedPasswordFileFor(url), secret);
      return core.dispatch(channel, { kind: 'postgres', url: withoutPassword(url) }, ctx);
    },
    subscribe: (listener) => core.subscribe(listener),
    close: () => core.close(),
  };
}

async function sealPassword(file: string, password: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, safeStorage.encryptString(password), { mode: 0o600 });
  await rename(temporary, file);
}

/**
 * At a start on the database chosen under Inställningar: its sealed password becomes the core's
 * PGPASSWORD (the core process inherits this environment), unless the environment already has one.
 */
export async function providePassword(url: string, env = process.env): Promise<void> {
  if (env.PGPASSWORD || !keychainUsable()) return;
  const file = sealedPasswordFileFor(url, env);
  const sealed = await access(file).then(
    () => readFile(file),
    () => undefined,
  );
  if (sealed) env.PGPASSWORD = safeStorage.decryptString(sealed);
}
