// The team key's file (issue 16 item 4): the data key wrapped under a passphrase for a colleague.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyCheckValue, keyMatchesCheck } from '../../../electron/core/crypto/key-check';
import { unwrapTeamKey, wrapTeamKey } from '../../../electron/core/crypto/key-transfer';
import { keyFits, keyless } from '../../../electron/core/db/key-check';
import { createFieldCipher } from '../../../electron/core/crypto/cipher';
import { testPersonnummer } from '../../support/blikk-fixtures';

/** A cheap scrypt for tests; the product uses N = 2^17. */
const CHEAP = { log2N: 10, r: 8, p: 1 };
const PASSPHRASE = 'korrekt häst batteri häftklammer';

async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  return work.then(
    () => 'no refusal',
    (err: { code?: string }) => err.code,
  );
}

describe('the team key file', () => {
  it('gives the same key back with the passphrase', async () => {
    const key = randomBytes(32);
    const text = await wrapTeamKey(key, PASSPHRASE, CHEAP);
    expect((await unwrapTeamKey(text, PASSPHRASE)).equals(key)).toBe(true);
  });

  it('holds neither the key nor the passphrase in clear', async () => {
    const key = randomBytes(32);
    const text = await wrapTeamKey(key, PASSPHRASE, CHEAP);
    for (const form of [key.toString('base64'), key.toString('hex'), key.toString('base64url')]) {
      expect(text).not.toContain(form);
    }
    expect(text).not.toContain(PASSPHRASE);
  });

  it('accepts the passphrase typed in another Unicode normal form', async () => {
    const key = randomBytes(32);
    const text = await wrapTeamKey(key, 'blåbär', CHEAP);
    expect((await unwrapTeamKey(text, 'blåbär'.normalize('NFD'))).equals(key)).toBe(true);
  });

  it('refuses a wrong passphrase with key.passphrase', async () => {
    const text = await wrapTeamKey(randomBytes(32), PASSPHRASE, CHEAP);
    expect(await codeOf(unwrapTeamKey(text, 'fel lösenfras'))).toBe('key.passphrase');
  });

  it('refuses a file whose check value or salt was changed, as a wrong passphrase', async () => {
    const text = await wrapTeamKey(randomBytes(32), PASSPHRASE, CHEAP);
    const file = JSON.parse(text) as { check: string; kdf: { salt: string } };
    const otherCheck = { ...file, check: keyCheckValue(randomBytes(32)) };
    const otherSalt = { ...file, kdf: { ...file.kdf, salt: randomBytes(16).toString('base64') } };
    for (const changed of [otherCheck, otherSalt]) {
      expect(await codeOf(unwrapTeamKey(JSON.stringify(changed), PASSPHRASE))).toBe(
        'key.passphrase',
      );
    }
  });

  it('refuses what is not a key file, or asks scrypt for too much, with key.fileDamaged', async () => {
    const text = await wrapTeamKey(randomBytes(32), PASSPHRASE, CHEAP);
    const file = JSON.parse(text) as { kdf: object };
    const greedy = JSON.stringify({ ...file, kdf: { ...file.kdf, log2N: 40 } });
    for (const bad of ['', 'not json', '{"format":"other"}', text.slice(0, 40), greedy]) {
      expect(await codeOf(unwrapTeamKey(bad, PASSPHRASE))).toBe('key.fileDamaged');
    }
  });
});

describe('the key check value', () => {
  it('matches its own key only', () => {
    const key = randomBytes(32);
    expect(keyMatchesCheck(key, keyCheckValue(key))).toBe(true);
    expect(keyMatchesCheck(randomBytes(32), keyCheckValue(key))).toBe(false);
    expect(keyCheckValue(key)).not.toContain(key.toString('base64url'));
  });

  it('tells a database with no key yet from one whose values need the key', () => {
    const key = randomBytes(32);
    const sample = createFieldCipher(key).encrypt(testPersonnummer(0));
    expect(keyless({ check: null, sample: null })).toBe(true);
    expect(keyless({ check: null, sample })).toBe(false);
    expect(keyFits({ check: null, sample }, key)).toBe(true);
    expect(keyFits({ check: null, sample }, randomBytes(32))).toBe(false);
    expect(keyFits({ check: keyCheckValue(key), sample: null }, randomBytes(32))).toBe(false);
  });
});
