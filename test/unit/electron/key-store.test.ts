import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** safeStorage stood in for: a keychain that "seals" by reversing and can be switched off. */
const keychain = vi.hoisted(() => ({ available: true, backend: 'gnome_libsecret' }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    getSelectedStorageBackend: () => keychain.backend,
    encryptString: (plain: string) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
    decryptString: (sealed: Buffer) => [...sealed.toString().slice(7)].reverse().join(''),
  },
}));

const { createKeyStore } = await import('../../../electron/main/key-store');

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kundstart-keys-'));
  db = join(dir, 'kundstart.db');
  Object.assign(keychain, { available: true, backend: 'gnome_libsecret' });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const never = vi.fn(async () => true);

describe('the desktop key store', () => {
  it('seals a new key in the keychain, never in clear, and unseals the same key later', async () => {
    const key = await (await createKeyStore(db, never))!.load();
    expect(key).toHaveLength(32);
    const sealed = readFileSync(`${db}.key.sealed`, 'utf8');
    expect(sealed).not.toContain(key.toString('base64'));
    expect(existsSync(`${db}.key`)).toBe(false);
    expect(await (await createKeyStore(db, never))!.load()).toEqual(key);
    expect(never).not.toHaveBeenCalled();
  });

  it('makes no key when a team database only peeks, and seals the team key it is given', async () => {
    const store = (await createKeyStore(db, never))!;
    expect(await store.peek?.()).toBeUndefined();
    expect(existsSync(`${db}.key.sealed`)).toBe(false);
    const teamKey = Buffer.alloc(32, 9);
    await store.keep?.(teamKey);
    expect(readFileSync(`${db}.key.sealed`, 'utf8')).not.toContain(teamKey.toString('base64'));
    expect(await (await createKeyStore(db, never))!.peek?.()).toEqual(teamKey);
  });

  it('leaves a database made by the CLI to its key file, without asking', async () => {
    writeFileSync(`${db}.key`, Buffer.alloc(32, 7).toString('base64'));
    expect(await createKeyStore(db, never)).toBeUndefined();
    expect(never).not.toHaveBeenCalled();
  });

  for (const [what, state] of [
    ['no keychain', { available: false, backend: 'unknown' }],
    ["Linux's plain-text fallback", { available: true, backend: 'basic_text' }],
  ] as const) {
    it(`asks before keeping the key in a file when there is ${what}`, async () => {
      Object.assign(keychain, state);
      const yes = vi.fn(async () => true);
      expect(await createKeyStore(db, yes)).toBeUndefined();
      expect(yes).toHaveBeenCalledWith(`${db}.key`);
    });

    it(`stops, writing nothing, when the file is refused and there is ${what}`, async () => {
      Object.assign(keychain, state);
      await expect(createKeyStore(db, async () => false)).rejects.toMatchObject({
        code: 'key.noKeychain',
      });
      expect(existsSync(`${db}.key`)).toBe(false);
      expect(existsSync(`${db}.key.sealed`)).toBe(false);
    });
  }
});

describe('after a restore over a sealed key', () => {
  it('seals the restored key in the keychain at the next start and removes its file', async () => {
    const restored = Buffer.alloc(32, 9);
    writeFileSync(`${db}.key`, `${restored.toString('base64')}\n`);
    writeFileSync(`${db}.key.reseal`, '');
    const store = await createKeyStore(db, never);
    expect(await store!.load()).toEqual(restored);
    expect(existsSync(`${db}.key`)).toBe(false);
    expect(existsSync(`${db}.key.reseal`)).toBe(false);
    // From now on the keychain's copy is the key.
    expect(await (await createKeyStore(db, never))!.load()).toEqual(restored);
  });

  it('keeps the file where no keychain can take it', async () => {
    keychain.available = false;
    writeFileSync(`${db}.key`, `${Buffer.alloc(32, 9).toString('base64')}\n`);
    writeFileSync(`${db}.key.reseal`, '');
    expect(await createKeyStore(db, never)).toBeUndefined();
    expect(existsSync(`${db}.key`)).toBe(true);
  });
});
