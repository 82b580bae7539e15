import { chmodSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import * as F from '../fixtures/db/fixture-data';
import { openTestCore, tempDir, value } from './support';

/* A primary contact saved before contacts kept a personnummer fingerprint (every fixture) is
   still found by personnummer: the first look-up fingerprints such contacts once. */

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  await core?.close();
  dir.cleanup();
});

describe.each([1, 7] as const)('a database written by schema version %i', (version) => {
  it('finds its primary contact by personnummer after the upgrade', async () => {
    const fixture = fileURLToPath(new URL(`../fixtures/db/v${version}.db`, import.meta.url));
    const dbFile = `${dir.dir}/kundstart.db`;
    copyFileSync(fixture, dbFile);
    copyFileSync(`${fixture}.key`, `${dbFile}.key`);
    chmodSync(`${dbFile}.key`, 0o600);
    core = await openTestCore(dbFile);
    const [contact] = (await core.context.ds.query(
      'SELECT personnummer_fp AS fp FROM primary_contacts WHERE customer_id = ?',
      [F.AKESSON.id],
    )) as { fp: string | null }[];
    expect(contact?.fp).toBeNull();

    const found = await value(core, 'privacy:find', {
      personnummer: F.AKESSON.contactPersonnummer,
    });
    expect(found.name).toBe(F.AKESSON.contactName);
    expect(found.places).toContainEqual(
      expect.objectContaining({ customerId: F.AKESSON.id, asContact: true }),
    );
  });
});
