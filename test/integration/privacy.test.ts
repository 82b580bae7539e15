import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import type { PersonRecord } from '../../shared/schemas/privacy';
import { NOTES, ORJAN, personHeldEverywhere, type HeldPerson } from './privacy-setup';
import { invoke, openTestCore, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let held: HeldPerson;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  held = await personHeldEverywhere(core);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

async function exported(query: { personnummer?: string; email?: string }): Promise<PersonRecord> {
  const file = await value(core, 'privacy:export', { query, format: 'json' });
  return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as PersonRecord;
}

describe('a register extract (GDPR art. 15)', () => {
  it('found by personnummer in any form, holds every kind of row about the person at every customer', async () => {
    const record = await exported({ personnummer: '189001019802' });
    expect(record.users.map((u) => [u.customerId, u.personnummer]).sort()).toEqual(
      [
        [held.customerA, '18900101-9802'],
        [held.customerB, '18900101-9802'],
      ].sort(),
    );
    expect(record.contacts).toMatchObject([
      { customerId: held.customerA, name: ORJAN.name, personnummer: '18900101-9802' },
    ]);
    expect(record.invitations.map((i) => i.userId)).toEqual([held.orjanAtB]);
    expect(record.messages.map((msg) => msg.to).sort()).toEqual(
      [`${ORJAN.name} <${ORJAN.emailA}>`, `${ORJAN.name} <${ORJAN.emailB}>`].sort(),
    );
    expect(record.blikk).toMatchObject([{ customerId: held.customerB }]);
    expect(record.blikk[0]?.entries).toHaveLength(1);
    expect(record.audit.length).toBeGreaterThanOrEqual(2);
    expect(
      record.audit.every(
        (a) =>
          a.subject === ORJAN.name ||
          a.entityId === held.orjanAtB ||
          JSON.stringify(a).includes(ORJAN.name) ||
          JSON.stringify(a).toLowerCase().includes('orjan'),
      ),
    ).toBe(true);
    // Written by staff into the customers' own fields: an invoice address, notes on informing.
    expect(record.invoiceEmails).toEqual([
      {
        customerId: held.customerB,
        customerName: 'Berg Konsult AB',
        invoiceEmail: ORJAN.emailB.toUpperCase(),
      },
    ]);
    expect(record.notes.map((n) => [n.customerName, n.note]).sort()).toEqual(
      [
        ['Åkesson Bygg & Måleri AB', NOTES.a],
        ['Berg Konsult AB', NOTES.b],
      ].sort(),
    );
    // Åsa, his colleague, is not in his extract.
    expect(JSON.stringify(record)).not.toContain('Åsa');
  });

  it('found by e-mail, holds the user row with that address and the messages to it', async () => {
    const record = await exported({ email: ORJAN.emailB.toUpperCase() });
    expect(record.users.map((u) => u.customerId)).toEqual([held.customerB]);
    expect(record.messages.map((msg) => msg.to)).toEqual([`${ORJAN.name} <${ORJAN.emailB}>`]);
  });

  it('is audited: who, when, which person, and never the personnummer in clear', async () => {
    await exported({ personnummer: '18900101-9802' });
    const [entry] = await value(core, 'audit:list', { limit: 1 });
    expect(entry).toMatchObject({
      action: 'export',
      entity: 'person',
      actor: 'Anna Ek',
      subject: ORJAN.name,
    });
    expect(entry?.after).toMatchObject({ format: 'json', found: '18900101-****', users: 2 });
    const rows: { text: string }[] = await core.context.ds.query(
      `SELECT coalesce(after_json, '') || subject AS text FROM audit_log`,
    );
    for (const form of ['189001019802', '8901019802', '18900101-9802', '890101-9802']) {
      expect(rows.some((r) => r.text.includes(form))).toBe(false);
    }
  });

  it('as a PDF in Swedish, naming the person and each customer', async () => {
    const file = await value(core, 'privacy:export', {
      query: { personnummer: '189001019802' },
      format: 'pdf',
    });
    expect(file.fileName).toMatch(/^Registerutdrag \d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = `${dir.dir}/utdrag.pdf`;
    writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Registerutdrag',
      ORJAN.name,
      '18900101-9802',
      'Berg Konsult AB',
      'Kontaktperson för Åkesson Bygg & Måleri AB',
      'Händelselogg',
      'E-post för faktura',
      'Anteckningar om informerad kontaktperson',
      'Ringde Örjan Åkesson',
      'I kö',
      'Lades till',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('refuses a query with both or neither key, and an invalid personnummer, changing nothing', async () => {
    const both = await invoke(core, 'privacy:export', {
      query: { personnummer: '189001019802', email: ORJAN.emailA },
      format: 'json',
    });
    expect(both.ok ? null : both.error.code).toBe('person.query');
    const bad = await invoke(core, 'privacy:find', { personnummer: '189001019803' });
    expect(bad.ok ? null : bad.error.code).toBe('personnummer.checksum');
    const nobody = await invoke(core, 'privacy:find', { email: 'ingen@example.se' });
    expect(nobody.ok ? null : nobody.error.code).toBe('person.notFound');
  });
});
