import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { ASA, ORJAN, personHeldEverywhere, type HeldPerson } from './privacy-setup';
import { invoke, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
let core: OpenedCore;
let held: HeldPerson;

beforeEach(async () => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
  core = await openTestCore(dbFile);
  held = await personHeldEverywhere(core);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

/** Every written form of his personnummer, his addresses and his name, as bytes on disk. */
export const TRACES = [
  '189001019802',
  '8901019802',
  '18900101-9802',
  '890101-9802',
  ORJAN.emailA,
  ORJAN.emailB,
  // As staff typed it into Berg Konsult's invoice address and a note.
  ORJAN.emailB.toUpperCase(),
  ORJAN.name,
  'Örjan',
];

/** The traces found in the database file and its write-ahead log, byte for byte. */
export function tracesOnDisk(file: string): string[] {
  const bytes = [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
  return TRACES.filter((t) => bytes.some((b) => b.includes(Buffer.from(t, 'utf8'))));
}

describe('erasing a person (GDPR art. 17)', () => {
  it('leaves no trace of them in any table, the database file or its WAL; the erasure alone is recorded', async () => {
    await value(core, 'privacy:export', { query: { email: ORJAN.emailA }, format: 'json' });
    expect(tracesOnDisk(dbFile).length).toBeGreaterThan(0);

    const erased = await value(core, 'privacy:erase', { personnummer: '18900101-9802' });
    expect(erased.counts).toMatchObject({
      users: 2,
      contacts: 1,
      invitations: 1,
      messages: 2,
      blikk: 1,
      drafts: 1,
    });

    const tables = JSON.stringify(await snapshot(core));
    for (const trace of TRACES) expect(tables).not.toContain(trace);
    expect(tracesOnDisk(dbFile)).toEqual([]);
    await core.close();
    expect(tracesOnDisk(dbFile)).toEqual([]);
    core = await openTestCore(dbFile);

    const [entry] = await value(core, 'audit:list', { limit: 1 });
    expect(entry).toMatchObject({
      id: erased.auditId,
      action: 'erase',
      actor: 'Anna Ek',
      subject: '',
    });
    expect(entry?.after).toMatchObject({ users: 2, messages: 2 });
  });

  it('keeps everyone else: his colleague loses only her approver, the customers keep a blank contact', async () => {
    await value(core, 'privacy:erase', { email: ORJAN.emailB });
    // By e-mail only the row with that address goes; the contact at the other customer stays.
    const atB = await value(core, 'users:list', { customerId: held.customerB });
    expect(atB.map((u) => [u.email, u.approverId])).toEqual([[ASA.email, null]]);
    expect((await value(core, 'users:list', { customerId: held.customerA })).length).toBe(1);

    await value(core, 'privacy:erase', { personnummer: ORJAN.personnummer });
    const a = await value(core, 'customers:get', { id: held.customerA });
    expect(a.contact).toMatchObject({
      name: 'Raderad person',
      email: '',
      personnummerMasked: null,
    });
    const messages = await value(core, 'outbox:list', {});
    expect(messages.map((msg) => msg.recipient)).toEqual([`Åsa Öberg <${ASA.email}>`]);
    // His address was where Berg Konsult's invoices went: now it has none to fill in again.
    const b = await value(core, 'customers:get', { id: held.customerB });
    expect(b.customer.invoiceEmail).toBe('');
    // The notes on informing the contacts keep what they say, not who he was.
    const notes = await Promise.all(
      [held.customerA, held.customerB].map(
        async (customerId) =>
          (await value(core, 'messaging:get', { customerId })).contactInformed?.note,
      ),
    );
    expect(notes).toEqual([
      'Ringde Raderad person, genomgång av licenserna i januari.',
      'Skickade villkoren till raderad e-postadress efter mötet.',
    ]);
  });

  it('refuses a person it cannot find, changing nothing', async () => {
    const before = await snapshot(core);
    const r = await invoke(core, 'privacy:erase', { personnummer: '189001299800' });
    expect(r.ok ? null : r.error.code).toBe('person.notFound');
    expect(await snapshot(core)).toEqual(before);
  });
});
