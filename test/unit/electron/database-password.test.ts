import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core/core';

/** safeStorage stood in for, as in key-store.test.ts: "seals" by reversing. */
const keychain = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (plain: string) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
    decryptString: (sealed: Buffer) => [...sealed.toString().slice(7)].reverse().join(''),
  },
}));

const { providePassword, sealingDatabasePasswords } =
  await import('../../../electron/main/database-password');

const URL_TYPED = 'postgres://kim@db.byran.se:5432/kundstart?sslmode=verify-full';
let dir: string;
let saved: string | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kundstart-pw-'));
  saved = process.env.XDG_CONFIG_HOME;
  process.env.XDG_CONFIG_HOME = dir;
  keychain.available = true;
});
afterEach(() => {
  if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = saved;
  rmSync(dir, { recursive: true, force: true });
});

function recordingCore(): { core: Core; inputs: unknown[] } {
  const inputs: unknown[] = [];
  const core: Core = {
    dispatch: async (_channel, input) => {
      inputs.push(input);
      return { ok: true, value: null };
    },
    subscribe: () => () => undefined,
    close: async () => undefined,
  };
  return { core, inputs };
}

const sealedFile = () =>
  join(dir, 'Kundstart', 'team', 'db.byran.se-5432-kundstart.password.sealed');

describe('a team database password in the desktop app', () => {
  it('is sealed in the keychain and never passed on to the core, then given as PGPASSWORD', async () => {
    const { core, inputs } = recordingCore();
    const wrapped = sealingDatabasePasswords(core);
    await wrapped.dispatch(
      'database:choose',
      { kind: 'postgres', url: URL_TYPED, password: 'rätt-lösen 42' },
      { transport: 'ipc' },
    );
    expect(inputs).toEqual([{ kind: 'postgres', url: URL_TYPED }]);
    expect(readFileSync(sealedFile(), 'utf8')).not.toContain('rätt-lösen');
    const env: Record<string, string | undefined> = { XDG_CONFIG_HOME: dir };
    await providePassword(URL_TYPED, env);
    expect(env.PGPASSWORD).toBe('rätt-lösen 42');
    // PGPASSWORD already set wins.
    const given = { XDG_CONFIG_HOME: dir, PGPASSWORD: 'från miljön' };
    await providePassword(URL_TYPED, given);
    expect(given.PGPASSWORD).toBe('från miljön');
  });

  it('keeps nothing without a keychain, and leaves other channels alone', async () => {
    keychain.available = false;
    const { core, inputs } = recordingCore();
    const wrapped = sealingDatabasePasswords(core);
    await wrapped.dispatch(
      'database:choose',
      { kind: 'postgres', url: 'postgres://kim:hemligt@db.byran.se/kundstart' },
      { transport: 'ipc' },
    );
    expect(inputs).toEqual([{ kind: 'postgres', url: 'postgres://kim@db.byran.se/kundstart' }]);
    expect(existsSync(sealedFile())).toBe(false);
    await wrapped.dispatch('app:info', {}, { transport: 'ipc' });
    expect(inputs[1]).toEqual({});
  });
});
