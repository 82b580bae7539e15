import { chmodSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KNOWN_MIGRATIONS } from '../../electron/core/db/data-source';
import type { OpenedCore } from '../../electron/core/open';
import * as F from '../fixtures/db/fixture-data';
import { invoke, openTestCore, tempDir, value } from './support';

/*
 * Each database file of test/fixtures/db was written by an earlier schema version (see
 * make-fixtures.ts): today's Kundstart opens a copy, which upgrades it, and the data must all
 * be there and the tables added since must take rows.
 */

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  await core?.close();
  dir.cleanup();
});

async function upgraded(version: F.FixtureVersion): Promise<OpenedCore> {
  const fixture = fileURLToPath(new URL(`../fixtures/db/v${version}.db`, import.meta.url));
  const dbFile = `${dir.dir}/kundstart.db`;
  copyFileSync(fixture, dbFile);
  copyFileSync(`${fixture}.key`, `${dbFile}.key`);
  chmodSync(`${dbFile}.key`, 0o600);
  core = await openTestCore(dbFile);
  return core;
}

/** Åkesson's licences in June: version 3 on, the fixture bought more from June 1st. */
const juneLicences = (version: number) =>
  version >= 3 ? F.MORE_LICENCES.count : F.AKESSON.licences;

describe.each(F.FIXTURE_VERSIONS)('a database written by schema version %i', (version) => {
  it('opens at today’s version with its bureau, customers, contact, audit and draft intact', async () => {
    const c = await upgraded(version);
    const migrations = await c.context.ds.query('SELECT name FROM migrations ORDER BY id');
    expect(migrations.map((m: { name: string }) => m.name)).toEqual(KNOWN_MIGRATIONS);
    expect((await value(c, 'bureau:get', {}))?.name).toBe(F.BUREAU_NAME);
    const list = await value(c, 'customers:list', {});
    expect(list.map((r) => [r.name, r.payer, r.method])).toEqual([
      [F.EKSTROM.name, 'customer', 'email'],
      [F.AKESSON.name, 'bureau', 'collective'],
    ]);
    const contact = await value(c, 'customers:revealContactPersonnummer', { id: F.AKESSON.id });
    expect(contact.personnummer).toBe('18900101-9802');
    const audit = await value(c, 'audit:list', { customerId: F.EKSTROM.id });
    expect(audit).toEqual([expect.objectContaining({ entity: 'customer', action: 'create' })]);
    expect((await value(c, 'drafts:get', { key: F.DRAFT.key }))?.payload).toEqual(F.DRAFT.payload);
  });

  it('invoices each customer as it was since it was created, and sums a month', async () => {
    const c = await upgraded(version);
    const history = await c.context.ds.query(
      'SELECT customer_id AS id, effective_from AS "from", payer FROM invoicing_changes ORDER BY 2',
    );
    expect(history).toEqual([
      { id: F.AKESSON.id, from: F.AKESSON.createdAt.slice(0, 10), payer: 'bureau' },
      { id: F.EKSTROM.id, from: F.EKSTROM.createdAt.slice(0, 10), payer: 'customer' },
    ]);
    const june = await value(c, 'invoices:summary', { month: '2026-06' });
    expect(june.customers.map((r) => [r.name, r.licences])).toEqual([
      [F.AKESSON.name, juneLicences(version)],
    ]);
    expect(june.direct.map((r) => r.name)).toEqual([F.EKSTROM.name]);
  });

  it('takes new users, add-ons and a closed month in the tables added since', async () => {
    const c = await upgraded(version);
    const saved = await invoke(c, 'users:save', {
      customerId: F.EKSTROM.id,
      fields: {
        firstName: 'Märta',
        lastName: 'Ek',
        email: 'marta@example.se',
        personnummer: '189001299800',
        mobile: '',
        employeeNumber: '9',
        salaryForm: 'hourly',
        role: 'admin',
        approverId: null,
        profileId: null,
      },
    });
    expect(saved).toMatchObject({ ok: true, value: { user: { profileName: 'Grundprofil' } } });
    await value(c, 'addons:add', { customerId: F.AKESSON.id, code: 'kvitto', from: '2026-06-01' });
    const closed = await value(c, 'invoices:close', { month: '2026-06' });
    expect(closed.customers[0]?.lines.map((l) => l.code)).toContain('kvitto');
  });
});

describe('upgrading version 1 (before time settings and users)', () => {
  it('gives each customer a Grundprofil and starts its licence history with what it has', async () => {
    const c = await upgraded(1);
    for (const customer of [F.AKESSON, F.EKSTROM]) {
      const profiles = await value(c, 'profiles:list', { customerId: customer.id });
      expect(profiles).toEqual([expect.objectContaining({ name: 'Grundprofil', isDefault: true })]);
      const licences = await value(c, 'licences:get', { customerId: customer.id });
      expect(licences.history.map((h) => [h.effectiveFrom, h.count])).toEqual([
        [customer.createdAt.slice(0, 10), customer.licences],
      ]);
    }
  });
});

describe('upgrading version 2 (time settings, before users)', () => {
  it('keeps the reviewed section, both profiles and the template', async () => {
    const c = await upgraded(2);
    const settings = await value(c, 'settings:get', { customerId: F.AKESSON.id });
    expect(settings.sections.approval).toMatchObject({
      data: F.APPROVAL,
      reviewedAt: F.REVIEWED_AT,
      reviewedBy: F.STAFF_NAME,
    });
    expect(settings.profiles.map((p) => [p.id, p.name, p.isDefault])).toEqual([
      [F.AKESSON.grundprofilId, 'Grundprofil', true],
      [F.AKESSON.verkstadProfileId, 'Verkstad', false],
    ]);
    const templates = await value(c, 'templates:list', {});
    expect(templates.map((t) => t.name)).toEqual([F.TEMPLATE.name]);
    await value(c, 'settings:copy', {
      toCustomerId: F.EKSTROM.id,
      from: { templateId: F.TEMPLATE.id },
    });
    const copied = await value(c, 'settings:get', { customerId: F.EKSTROM.id });
    expect(copied.sections.approval.data).toEqual(F.APPROVAL);
  });
});

describe('upgrading version 3 (users and licences, before import mappings)', () => {
  it('keeps the users, their personnummer and approver, and the licence history as it was', async () => {
    const c = await upgraded(3);
    const users = await value(c, 'users:list', { customerId: F.AKESSON.id });
    expect(users.map((u) => [u.firstName, u.role, u.approverId, u.profileName])).toEqual([
      ['Örjan', 'admin', null, 'Grundprofil'],
      ['Åsa', 'reporter', F.ORJAN_USER_ID, 'Verkstad'],
    ]);
    const asa = await value(c, 'users:revealPersonnummer', { id: F.ASA.id });
    expect(asa.personnummer).toBe('18900115-9806');
    const licences = await value(c, 'licences:get', { customerId: F.AKESSON.id });
    expect(licences.history.map((h) => [h.effectiveFrom, h.count])).toEqual([
      [F.MORE_LICENCES.from, F.MORE_LICENCES.count],
      [F.AKESSON.createdAt.slice(0, 10), F.AKESSON.licences],
    ]);
    // The personnummer's blind index still finds her: the same number is refused for another.
    const twin = await invoke(c, 'users:save', {
      customerId: F.AKESSON.id,
      fields: {
        ...{ firstName: 'Tvilling', lastName: 'Öberg', email: 'tvilling@example.se' },
        ...{ personnummer: F.ASA.personnummer, mobile: '', employeeNumber: '3' },
        ...{
          salaryForm: 'monthly',
          role: 'reporter',
          approverId: F.ORJAN_USER_ID,
          profileId: null,
        },
      },
    });
    expect(twin).toMatchObject({ ok: false, error: { code: 'personnummer.duplicate' } });
  });
});

describe('upgrading version 4 (import mappings, before the collective invoice)', () => {
  it('still remembers how the customer’s staff list maps to the fields', async () => {
    const c = await upgraded(4);
    const file = `${F.STAFF_LIST_HEADERS.join(';')}\r\nÅsa;Öberg;asa@example.se;2\r\n`;
    const preview = await value(c, 'users:importRead', {
      customerId: F.AKESSON.id,
      fileName: 'personal.csv',
      contentBase64: Buffer.from(file, 'utf8').toString('base64'),
    });
    expect(preview).toMatchObject({ remembered: true, mapping: F.REMEMBERED_MAPPING });
  });
});

describe('upgrading version 5 (the collective invoice, before audit entries named their subject)', () => {
  it('keeps the bureau’s own prices and the add-on, and the user’s entry in the history', async () => {
    const c = await upgraded(5);
    const lists = await value(c, 'prices:list', {});
    expect(lists.map((l) => [l.effectiveFrom, l.example, l.licence.resellerOre])).toEqual([
      [F.OWN_PRICES.effectiveFrom, false, F.OWN_PRICES.licenceResellerOre],
    ]);
    const june = await value(c, 'invoices:summary', { month: '2026-06' });
    const lines = june.customers[0]?.lines.map((l) => [l.code, l.quantity]);
    expect(lines).toContainEqual([F.OWN_PRICES.addon.code, F.MORE_LICENCES.count]);
    const audit = await value(c, 'audit:list', { customerId: F.AKESSON.id });
    expect(audit).toContainEqual(
      expect.objectContaining({
        entity: 'user',
        entityId: F.ASA.id,
        action: 'create',
        subject: '',
      }),
    );
  });
});

describe('upgrading version 6 (audit subjects, before mail and invitations)', () => {
  it('keeps the named history and shows every user as not yet invited, the contact not informed', async () => {
    const c = await upgraded(6);
    const audit = await value(c, 'audit:list', { customerId: F.AKESSON.id });
    expect(audit).toContainEqual(
      expect.objectContaining({ entityId: F.ASA.id, action: 'update', subject: 'Åsa Öberg' }),
    );
    const users = await value(c, 'users:list', { customerId: F.AKESSON.id });
    expect(users.length).toBeGreaterThan(0);
    expect(users.map((u) => [u.invitation.emailState, u.invitation.invited])).toEqual(
      users.map(() => ['none', false]),
    );
    const list = await value(c, 'customers:list', {});
    expect(list.map((r) => r.onboarding.next)).not.toContain(null);
    expect(list.flatMap((r) => r.onboarding.blockers)).not.toContain('users.notInvited');
  });
});

describe('upgrading version 7 (mail, before Blikk reconciliation)', () => {
  it('keeps the contact informed, the welcome e-mail sent and the customer’s language', async () => {
    const c = await upgraded(7);
    const akesson = await value(c, 'messaging:get', { customerId: F.AKESSON.id });
    expect(akesson.contactInformed).toMatchObject({
      at: F.MAIL_STATE.informedAt,
      note: F.MAIL_STATE.informedNote,
    });
    expect((await value(c, 'messaging:get', { customerId: F.EKSTROM.id })).language).toBe('en');
    const users = await value(c, 'users:list', { customerId: F.AKESSON.id });
    const asa = users.find((u) => u.id === F.ASA.id);
    expect(asa?.invitation).toMatchObject({ emailState: 'sent', invited: true });
    const list = await value(c, 'customers:list', {});
    expect(list.map((r) => r.blikk.connected)).toEqual([false, false]);
  });
});

describe('upgrading version 8 (Blikk reconciliation, before the audit log’s own indexes)', () => {
  it('keeps the Blikk connection, its sealed secret and the failed reading', async () => {
    const c = await upgraded(8);
    expect(await value(c, 'blikk:getConnection', { customerId: F.AKESSON.id })).toMatchObject({
      appId: F.BLIKK_STATE.appId,
      hasSecret: true,
      connectedAt: F.BLIKK_STATE.connectedAt,
      lastTest: { at: F.BLIKK_STATE.connectedAt, code: null },
    });
    const list = await value(c, 'customers:list', {});
    const akesson = list.find((r) => r.id === F.AKESSON.id);
    expect(akesson?.blikk).toMatchObject({
      connected: true,
      reconciledAt: null,
      lastError: { code: 'blikk.offline', at: F.BLIKK_STATE.attemptedAt },
    });
  });
});
