import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import {
  BUREAU,
  collaboration,
  invoke,
  openTestCore,
  snapshot,
  tempDir,
  value,
  customerVersion,
} from './support';
import { failInsertsInto } from '../support/test-database';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('creating a customer collaboration', () => {
  it('stores the customer, shows it in the portfolio and on its page', async () => {
    const created = await value(core, 'customers:create', collaboration());
    expect(created.customer).toMatchObject({
      name: 'Åkesson Bygg & Måleri AB',
      orgnr: '559244-0001',
      orgType: 'Aktiebolag',
    });
    expect(created.contact?.personnummerMasked).toBe('18900101-****');
    const rows = await value(core, 'customers:list', {});
    expect(rows).toEqual([
      expect.objectContaining({
        id: created.id,
        orgnr: '559244-0001',
        licences: 12,
        payer: 'customer',
        method: 'email',
        onboarding: { next: 2, blockers: expect.arrayContaining([expect.any(String)]) },
      }),
    ]);
    expect(await value(core, 'customers:get', { id: created.id })).toEqual(created);
  });

  it('finds customers by name or by organisation number, with or without the dash', async () => {
    await value(core, 'customers:create', collaboration());
    const other = collaboration({
      customer: { name: 'Ekströms Redovisning AB', orgnr: '5560160680' },
    });
    await value(core, 'customers:create', other);
    const names = async (search: string) =>
      (await value(core, 'customers:list', { search })).map((r) => r.name);
    expect(await names('åkesson')).toEqual(['Åkesson Bygg & Måleri AB']);
    expect(await names('556016-0680')).toEqual(['Ekströms Redovisning AB']);
    expect(await names('5592440001')).toEqual(['Åkesson Bygg & Måleri AB']);
    expect(await names('AB')).toHaveLength(2);
  });

  it('lists customers in Swedish alphabetical order: Z, then Å, Ä, Ö', async () => {
    const names = ['Örn AB', 'Ängs AB', 'Zeta AB', 'Åby AB', 'Alfa AB'];
    const numbers = ['5560160680', '5592440001', '5561034249', '5599000006', '5599000014'];
    for (const [i, name] of names.entries()) {
      await value(
        core,
        'customers:create',
        collaboration({ customer: { name, orgnr: numbers[i]! } }),
      );
    }
    const listed = (await value(core, 'customers:list', {})).map((r) => r.name);
    expect(listed).toEqual(['Alfa AB', 'Zeta AB', 'Åby AB', 'Ängs AB', 'Örn AB']);
  });

  it('keeps the personnummer encrypted at rest and shows it only on purpose, audited', async () => {
    const created = await value(core, 'customers:create', collaboration());
    const raw = JSON.stringify(await core.context.ds.query('SELECT * FROM primary_contacts'));
    expect(raw).not.toContain('189001019802');
    expect(raw).not.toContain('9802');
    const audit = JSON.stringify(await core.context.ds.query('SELECT * FROM audit_log'));
    expect(audit).not.toContain('9802');
    expect(audit).toContain('18900101-****');
    const shown = await value(core, 'customers:revealContactPersonnummer', { id: created.id });
    expect(shown.personnummer).toBe('18900101-9802');
    const log = await value(core, 'audit:list', { customerId: created.id });
    expect(log[0]).toMatchObject({ action: 'reveal', actor: 'Okänd användare' });
  });

  it('refuses a second customer with the same organisation number and names the first', async () => {
    const first = await value(core, 'customers:create', collaboration());
    const before = await snapshot(core);
    const again = collaboration({
      customer: { name: 'Annat namn AB', orgnr: '16 5592440001'.replace(' ', '') },
    });
    const result = await invoke(core, 'customers:create', again);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('orgnr.duplicate');
    expect(result.error.details).toEqual({
      existing: { id: first.id, name: 'Åkesson Bygg & Måleri AB', orgnr: '559244-0001' },
    });
    expect(await snapshot(core)).toEqual(before);
    expect(await value(core, 'customers:findByOrgnr', { orgnr: '559244-0001' })).toMatchObject({
      id: first.id,
    });
  });

  it('answers each invalid field with its code and writes nothing', async () => {
    const before = await snapshot(core);
    const cases: [Partial<Parameters<typeof collaboration>[0]>, string][] = [
      [{ licences: 0 }, 'licences.min'],
      [{ customer: { name: ' ', orgnr: '559244-0001' } }, 'name.missing'],
      [{ customer: { name: 'X AB', orgnr: '559244-0002' } }, 'orgnr.invalid'],
      [
        { customer: { name: 'X AB', orgnr: '559244-0001', invoiceEmail: 'faktura@' } },
        'email.invalid',
      ],
      [
        { invoicing: { payer: 'bureau', method: 'collective' } },
        'invoicing.resellerAgreementRequired',
      ],
    ];
    for (const [overrides, code] of cases) {
      const result = await invoke(core, 'customers:create', collaboration(overrides));
      expect(result.ok ? 'ok' : result.error.code, code).toBe(code);
    }
    const badPnr = collaboration();
    for (const [pnr, code] of [
      ['18900101-9803', 'personnummer.checksum'],
      ['19900230-1234', 'personnummer.date'],
      ['abc', 'personnummer.format'],
    ]) {
      const input = { ...badPnr, contact: { ...badPnr.contact!, personnummer: pnr } };
      const result = await invoke(core, 'customers:create', input);
      expect(result.ok ? 'ok' : result.error.code, pnr).toBe(code);
    }
    expect(await snapshot(core)).toEqual(before);
  });

  it('offers samlingsfaktura once the bureau has a reseller agreement', async () => {
    await value(core, 'bureau:save', BUREAU);
    const created = await value(
      core,
      'customers:create',
      collaboration({ invoicing: { payer: 'bureau', method: 'collective' } }),
    );
    expect(created.invoicing).toMatchObject({ payer: 'bureau', method: 'collective' });
    const audit = await value(core, 'audit:list', { customerId: created.id });
    expect(audit[0]).toMatchObject({ action: 'create', actor: 'Anna Ek' });
  });

  it('edits everything afterwards and audits only what changed', async () => {
    const created = await value(core, 'customers:create', collaboration());
    const base = collaboration();
    const edited = await value(core, 'customers:update', {
      ...base,
      id: created.id,
      recordVersion: await customerVersion(core, created.id),
      licences: 15,
      contact: { ...base.contact!, personnummer: undefined, phone: '070-765 43 21' },
      invoicing: {
        payer: 'customer',
        method: 'e-invoice',
        eInvoice: { scheme: 'peppol', id: '0007:5592440001' },
      },
    });
    expect(edited.licences).toBe(15);
    expect(edited.contact?.personnummerMasked).toBe('18900101-****');
    expect(edited.invoicing.eInvoice).toEqual({ scheme: 'peppol', id: '0007:5592440001' });
    const [update] = await value(core, 'audit:list', { customerId: created.id });
    expect(update).toMatchObject({ action: 'update' });
    expect(update?.before).toEqual({
      licences: 12,
      method: 'email',
      eInvoice: '',
      contactPhone: '070-123 45 67',
    });
    expect(update?.after).toEqual({
      licences: 15,
      method: 'e-invoice',
      eInvoice: 'peppol:0007:5592440001',
      contactPhone: '070-765 43 21',
    });
    const removed = await value(core, 'customers:update', {
      ...base,
      id: created.id,
      recordVersion: await customerVersion(core, created.id),
      contact: { ...base.contact!, personnummer: '' },
    });
    expect(removed.contact?.personnummerMasked).toBeNull();
  });

  it('saves writes that arrive at once (two windows), and lets only one of two equal numbers in', async () => {
    const numbers = ['5560160680', '5592440001', '5561034249', '5599000006', '5599000014'];
    const results = await Promise.all(
      numbers.map((orgnr, i) =>
        invoke(
          core,
          'customers:create',
          collaboration({ customer: { name: `Kund ${i} AB`, orgnr } }),
        ),
      ),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    const same = await Promise.all(
      [1, 2].map((i) =>
        invoke(
          core,
          'customers:create',
          collaboration({ customer: { name: `Dubblett ${i}`, orgnr: '5599000022' } }),
        ),
      ),
    );
    expect(same.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['ok', 'orgnr.duplicate']);
    expect(await value(core, 'customers:list', {})).toHaveLength(6);
  });

  it('saves a wizard draft while a customer is being created (the wizard does both at once)', async () => {
    const results = await Promise.all([
      invoke(core, 'customers:create', collaboration()),
      invoke(core, 'drafts:save', { key: 'new-collaboration', payload: { step: 4 } }),
      invoke(core, 'drafts:discard', { key: 'new-collaboration' }),
      invoke(core, 'drafts:save', { key: 'other', payload: { step: 1 } }),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('rolls back a write that fails halfway: no customer without its audit row', async () => {
    // A trigger makes the audit insert (the last write of the transaction) fail.
    await failInsertsInto(core.context.ds, 'audit_log');
    const before = await snapshot(core);
    const result = await invoke(core, 'customers:create', collaboration());
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await snapshot(core)).toEqual(before);
  });
});

describe('the wizard draft', () => {
  it('keeps an abandoned draft, encrypted, until it is discarded', async () => {
    const payload = { step: 2, values: { contact: { personnummer: '189001019802' } } };
    await value(core, 'drafts:save', { key: 'new-collaboration', payload });
    await core.close();
    core = await openTestCore(`${dir.dir}/kundstart.db`);
    expect((await value(core, 'drafts:get', { key: 'new-collaboration' }))?.payload).toEqual(
      payload,
    );
    expect(JSON.stringify(await core.context.ds.query('SELECT * FROM drafts'))).not.toContain(
      '9802',
    );
    await value(core, 'drafts:discard', { key: 'new-collaboration' });
    expect(await value(core, 'drafts:get', { key: 'new-collaboration' })).toBeNull();
  });
});
