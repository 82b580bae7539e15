// `Kundstart --cli` in plain Node: the same program with the key handed over by its host, as the
// desktop app hands over the key it unseals from the keychain (electron/main/cli-mode.ts). The
// database here has only a sealed key beside it, as the desktop app leaves it.
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PLAIN_NODE_HOST, setCliHost } from '../../electron/cli/cli-host';
import { run } from '../../electron/cli/main';
import { UserEntity } from '../../electron/core/db/entities';
import { openCore } from '../../electron/core/open';
import { separated, testPersonnummer } from '../support/blikk-fixtures';
import { collaboration, tempDir, value } from './support';

const dir = tempDir();
const db = join(dir.dir, 'kundstart.db');
const KEY = randomBytes(32);
const keyStore = { load: async () => KEY };
const ORGNR = '5592440001';

beforeAll(async () => {
  const core = await openCore({ dbFile: db, mode: 'cli', keyStore });
  await value(
    core,
    'customers:create',
    collaboration({ licences: 5, contact: null, customer: { name: 'Nyckel AB', orgnr: ORGNR } }),
  );
  await core.close();
  // What the desktop app leaves: the key sealed by the keychain, no key file.
  writeFileSync(`${db}.key.sealed`, 'sealed by the keychain');
});
afterEach(() => setCliHost(PLAIN_NODE_HOST));
afterAll(() => dir.cleanup());

/** The CLI's exit code and what it printed, run in this process. */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const write = (chunk: string | Uint8Array) => ((out += String(chunk)), true);
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(write);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(write);
  try {
    return { code: await run(['node', 'kundstart', '--db', db, ...args]), out };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('the CLI on the desktop app’s database', () => {
  it('is refused in plain Node, which cannot reach the keychain, and writes no key file', async () => {
    const listed = await cli('customer', 'list');
    expect(listed.code).toBe(1);
    expect(listed.out).toContain('nyckelring');
    expect(existsSync(`${db}.key`)).toBe(false);
  });

  it('runs with the key its host unsealed, a long job in a core process included', async () => {
    setCliHost({ ...PLAIN_NODE_HOST, keyStore: async () => keyStore });
    const listed = await cli('customer', 'list');
    expect(listed.code, listed.out).toBe(0);
    expect(listed.out).toContain('Nyckel AB');

    const digits = testPersonnummer(3);
    const list = join(dir.dir, 'personal.csv');
    writeFileSync(
      list,
      `Förnamn;Efternamn;E-post;Personnummer\nÅsa;Öberg;asa@nyckel.example;${separated(digits)}\n`,
    );
    const imported = await cli('users', 'import', list, '--customer', ORGNR);
    expect(imported.code, imported.out).toBe(0);

    // The forked core wrote the personnummer under the same key, handed over in memory.
    const core = await openCore({ dbFile: db, mode: 'cli', keyStore });
    try {
      const [user] = await core.context.ds.getRepository(UserEntity).find();
      expect(core.context.cipher.decrypt(user!.personnummerEnc!)).toBe(digits);
    } finally {
      await core.close();
    }
    expect(existsSync(`${db}.key`)).toBe(false);
  });
});
