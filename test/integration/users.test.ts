import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { detailsOf } from '../../shared/errorDetails';
import type { UserFields } from '../../shared/schemas/users';
import {
  BUREAU,
  collaboration,
  invoke,
  openTestCore,
  snapshot,
  tempDir,
  value,
  customerVersion,
  userVersion,
} from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

const PNR = ['189001159806', '189001299800', '189002129808', '189002269802', '189003129807'];

function person(overrides: Partial<UserFields> = {}): UserFields {
  return {
    firstName: 'Anna',
    lastName: 'Ek',
    email: 'anna@akesson.example',
    personnummer: PNR[0],
    mobile: '070-111 22 33',
    employeeNumber: '1',
    salaryForm: 'monthly',
    role: 'reporter',
    approverId: null,
    profileId: null,
    ...overrides,
  };
}

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  const input = collaboration({ licences: 4, contact: null });
  customerId = (await value(core, 'customers:create', input)).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

/** Over the stored user's current version, as a form opened just now would send. */
const save = async (fields: UserFields, id?: string) =>
  invoke(core, 'users:save', {
    customerId,
    id,
    fields,
    recordVersion: id ? await userVersion(core, customerId, id) : undefined,
  });
const codeOf = async (fields: UserFields, id?: string) => {
  const r = await save(fields, id);
  return r.ok ? 'ok' : r.error.code;
};

async function approver() {
  const id = crypto.randomUUID();
  const r = await save(person({ role: 'approver', approverId: id }), id);
  if (!r.ok) throw new Error(r.error.code);
  return r.value.user;
}

describe('saving a user', () => {
  it('stores a complete user, personnummer encrypted and masked, linked to the Grundprofil', async () => {
    const boss = await approver();
    expect(boss).toMatchObject({
      firstName: 'Anna',
      personnummerMasked: '18900115-****',
      role: 'approver',
      approverName: 'Anna Ek',
      profileName: 'Grundprofil',
      missing: [],
    });
    const raw = JSON.stringify(await core.context.ds.query('SELECT * FROM users'));
    expect(raw).not.toContain('189001159806');
    const shown = await value(core, 'users:revealPersonnummer', { id: boss.id });
    expect(shown.personnummer).toBe('18900115-9806');
    expect((await value(core, 'audit:list', { customerId }))[0]).toMatchObject({
      entity: 'user.personnummer',
      action: 'reveal',
    });
  });

  it('refuses each error by its code, and writes nothing', async () => {
    const boss = await approver();
    const before = await snapshot(core);
    const cases: [Partial<UserFields>, string][] = [
      [{ firstName: ' ' }, 'name.missing'],
      [{ email: 'anna(at)akesson' }, 'email.invalid'],
      [{ email: 'ANNA@akesson.example', personnummer: PNR[1] }, 'email.duplicate'],
      [{ email: 'b@akesson.example', personnummer: PNR[0] }, 'personnummer.duplicate'],
      [{ email: 'b@akesson.example', personnummer: '18900115-9807' }, 'personnummer.checksum'],
      [{ email: 'b@akesson.example', personnummer: '19900230-1234' }, 'personnummer.date'],
      [{ email: 'b@akesson.example', personnummer: '12-34' }, 'personnummer.format'],
      [
        { email: 'b@akesson.example', personnummer: PNR[1], employeeNumber: '1' },
        'employeeNumber.duplicate',
      ],
      [{ email: '', personnummer: '' }, 'login.none'],
      [
        {
          email: 'b@akesson.example',
          personnummer: PNR[1],
          employeeNumber: '2',
          approverId: 'nobody',
        },
        'approver.unknown',
      ],
    ];
    for (const [overrides, code] of cases) {
      expect(await codeOf(person({ approverId: boss.id, ...overrides })), code).toBe(code);
    }
    const malformed = await invoke(core, 'users:save', {
      customerId,
      fields: { ...person(), role: 'boss' },
    } as never);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(await snapshot(core)).toEqual(before);
  });

  it('saves with warnings, marking the user incomplete with what is missing', async () => {
    const boss = await approver();
    const r = await save(
      person({
        email: '',
        personnummer: PNR[1],
        employeeNumber: '',
        salaryForm: null,
        approverId: null,
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.user.missing).toEqual([
      'email.missing',
      'employeeNumber.missing',
      'salaryForm.missing',
      'approver.missing',
    ]);
    expect(r.value.warnings.map((w) => w.code)).toEqual(r.value.user.missing);
    expect(await value(core, 'users:summary', { customerId })).toEqual({
      total: 2,
      complete: 1,
      missing: {
        'email.missing': 1,
        'employeeNumber.missing': 1,
        'salaryForm.missing': 1,
        'approver.missing': 1,
      },
    });
    expect(boss.missing).toEqual([]);
    const noPnr = await save(
      person({ email: 'c@x.example', personnummer: '', employeeNumber: '3', approverId: boss.id }),
    );
    expect(noPnr.ok && noPnr.value.user.missing).toEqual([]);
  });

  it('counts a user without personnummer as complete, still warning that BankID is not possible', async () => {
    const boss = await approver();
    const r = await save(
      person({ email: 'c@x.example', personnummer: '', employeeNumber: '3', approverId: boss.id }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.user.missing).toEqual([]);
    expect(r.value.warnings.map((w) => w.code)).toEqual(['personnummer.missing']);
    expect(await value(core, 'users:summary', { customerId })).toEqual({
      total: 2,
      complete: 2,
      missing: {},
    });
  });

  it('a profile in use goes only when its users are moved to another', async () => {
    const boss = await approver();
    const hourly = await value(core, 'profiles:save', {
      customerId,
      fields: {
        name: 'Timanställda',
        clockTimesRequired: true,
        projectRequired: false,
        activityRequired: false,
        timeArticleRequired: false,
        closeBelowSchedule: false,
        roundingMinutes: 15,
      },
    });
    // Each profile counts its own users (not its place in the list).
    const counts = async () =>
      (await value(core, 'profiles:list', { customerId })).map((p) => [p.name, p.userCount]);
    expect(await counts()).toEqual([
      ['Grundprofil', 1],
      ['Timanställda', 0],
    ]);
    await value(core, 'users:bulkUpdate', {
      customerId,
      ids: [boss.id],
      patch: { profileId: hourly.id },
    });
    expect(await counts()).toEqual([
      ['Grundprofil', 0],
      ['Timanställda', 1],
    ]);
    const refused = await invoke(core, 'profiles:delete', { id: hourly.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'profile.inUse', details: { users: 1 } },
    });
    const [grund] = await value(core, 'profiles:list', { customerId });
    await value(core, 'profiles:delete', { id: hourly.id, moveUsersTo: grund!.id });
    const [moved] = await value(core, 'users:list', { customerId });
    expect(moved?.profileName).toBe('Grundprofil');
  });
});

describe('the change history', () => {
  it('names the user every entry is about, even after the user is deleted', async () => {
    const boss = await approver();
    const bo = await save(
      person({
        firstName: 'Bo',
        lastName: 'Ask',
        email: 'bo@x.example',
        personnummer: PNR[1],
        employeeNumber: '2',
        approverId: boss.id,
      }),
    );
    if (!bo.ok) throw new Error(bo.error.code);
    const id = bo.value.user.id;
    await save(
      person({
        firstName: 'Bo',
        lastName: 'Ask',
        email: 'bo@x.example',
        personnummer: undefined,
        employeeNumber: '1008',
        approverId: boss.id,
      }),
      id,
    );
    await value(core, 'users:revealPersonnummer', { id });
    await value(core, 'users:bulkUpdate', {
      customerId,
      ids: [id],
      patch: { salaryForm: 'hourly' },
    });
    await value(core, 'users:delete', { customerId, ids: [id] });
    const entries = (await value(core, 'audit:list', { customerId })).filter(
      (e) => e.entityId === id,
    );
    expect(entries.map((e) => [e.entity, e.action, e.subject])).toEqual([
      ['user', 'delete', 'Bo Ask'],
      ['user', 'update', 'Bo Ask'],
      ['user.personnummer', 'reveal', 'Bo Ask'],
      ['user', 'update', 'Bo Ask'],
      ['user', 'create', 'Bo Ask'],
    ]);
    expect(JSON.stringify(entries)).not.toContain(PNR[1]);
  });
});

describe('approvers', () => {
  it('lets approvers and administrators approve themselves, not reporters', async () => {
    const id = crypto.randomUUID();
    expect(await codeOf(person({ role: 'reporter', approverId: id }), id)).toBe(
      'approver.notApprover',
    );
    expect(await codeOf(person({ role: 'admin', approverId: id }), id)).toBe('ok');
  });

  it('refuses an approver whose role is reporter, or who belongs to another customer', async () => {
    const reporter = await value(core, 'users:save', {
      customerId,
      fields: person({ role: 'reporter', approverId: null }),
    });
    expect(
      await codeOf(
        person({
          email: 'b@x.example',
          personnummer: PNR[1],
          employeeNumber: '2',
          approverId: reporter.user.id,
        }),
      ),
    ).toBe('approver.notApprover');
    const other = await value(
      core,
      'customers:create',
      collaboration({ contact: null, customer: { name: 'Annan AB', orgnr: '5560160680' } }),
    );
    const foreignId = crypto.randomUUID();
    await value(core, 'users:save', {
      customerId: other.id,
      id: foreignId,
      fields: person({ role: 'approver', approverId: foreignId }),
    });
    expect(
      await codeOf(
        person({
          email: 'b@x.example',
          personnummer: PNR[1],
          employeeNumber: '2',
          approverId: foreignId,
        }),
      ),
    ).toBe('approver.unknown');
  });

  it('refuses to demote or remove an approver who approves others, naming them', async () => {
    const boss = await approver();
    await value(core, 'users:save', {
      customerId,
      fields: person({
        firstName: 'Bo',
        lastName: 'Ask',
        email: 'bo@x.example',
        personnummer: PNR[1],
        employeeNumber: '2',
        approverId: boss.id,
      }),
    });
    const demote = await save(person({ role: 'reporter', approverId: null }), boss.id);
    expect(demote).toMatchObject({
      ok: false,
      error: { code: 'approver.hasApprovees', details: { users: ['Bo Ask'] } },
    });
    const refusal = demote.ok ? null : demote.error;
    expect(detailsOf(refusal, 'approver.hasApprovees')).toEqual({ users: ['Bo Ask'] });
    const remove = await invoke(core, 'users:delete', { customerId, ids: [boss.id] });
    expect(remove).toMatchObject({ ok: false, error: { code: 'approver.hasApprovees' } });
  });

  it('bulk-sets an approver on several users at once, all or nothing', async () => {
    const boss = await approver();
    const ids: string[] = [];
    for (const [i, pnr] of PNR.slice(1, 3).entries()) {
      const r = await value(core, 'users:save', {
        customerId,
        fields: person({
          email: `u${i}@x.example`,
          personnummer: pnr,
          employeeNumber: String(10 + i),
        }),
      });
      ids.push(r.user.id);
    }
    expect(
      await value(core, 'users:bulkUpdate', { customerId, ids, patch: { approverId: boss.id } }),
    ).toEqual({ updated: 2 });
    const users = await value(core, 'users:list', { customerId });
    expect(users.filter((u) => ids.includes(u.id)).map((u) => u.approverName)).toEqual([
      'Anna Ek',
      'Anna Ek',
    ]);
    const refused = await invoke(core, 'users:bulkUpdate', {
      customerId,
      ids,
      patch: { approverId: ids[0]! },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'approver.notApprover' } });
  });
});

describe('licences', () => {
  it('refuses a user beyond the licences bought, saying by how many, until more are bought', async () => {
    for (const [i, pnr] of PNR.slice(0, 4).entries()) {
      const id = crypto.randomUUID();
      await value(core, 'users:save', {
        customerId,
        id,
        fields: person({
          email: `u${i}@x.example`,
          personnummer: pnr,
          employeeNumber: String(i),
          role: 'admin',
          approverId: id,
        }),
      });
    }
    const fifth = person({ email: 'u5@x.example', personnummer: PNR[4], employeeNumber: '5' });
    expect(await save(fifth)).toMatchObject({
      ok: false,
      error: { code: 'licences.exceeded', details: { licences: 4, needed: 5 } },
    });
    const lower = await invoke(core, 'licences:set', { customerId, count: 3 });
    expect(lower).toMatchObject({ ok: false, error: { code: 'licences.belowUsers' } });
    // The details the service sends are the shape shared/errorDetails.ts promises the UI.
    const refusal = lower.ok ? null : lower.error;
    expect(detailsOf(refusal, 'licences.belowUsers')).toEqual({ licences: 3, users: 4 });
    const raised = await value(core, 'licences:set', { customerId, count: 5, from: '2026-12-01' });
    expect(raised.assigned).toEqual({ reporter: 0, approver: 0, admin: 4, total: 4 });
    expect(raised.history.map((h) => [h.effectiveFrom, h.count])).toEqual([
      ['2026-12-01', 5],
      ['2026-11-28', 4],
    ]);
    expect(await codeOf(fifth)).toBe('ok');
  });

  it('never lets concurrent saves outnumber the licences', async () => {
    const saves = PNR.map((pnr, i) => {
      const id = crypto.randomUUID();
      return save(
        person({
          email: `c${i}@x.example`,
          personnummer: pnr,
          employeeNumber: `c${i}`,
          role: 'admin',
          approverId: id,
        }),
        id,
      );
    });
    const results = await Promise.all(saves);
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([
      'licences.exceeded',
    ]);
    expect((await value(core, 'licences:get', { customerId })).assigned.total).toBe(4);
  });
});

describe('the primary contact as the first Administratör', () => {
  it('stays one person: editing the user shows on the contact and the other way round', async () => {
    const created = await value(
      core,
      'customers:create',
      collaboration({ customer: { name: 'Kontakt AB', orgnr: '5561034249' } }),
    );
    const [user] = await value(core, 'users:list', { customerId: created.id });
    expect(user).toMatchObject({
      firstName: 'Örjan',
      lastName: 'Åkesson',
      role: 'admin',
      isPrimaryContact: true,
      personnummerMasked: '18900101-****',
    });
    // The history says the contact was made a user, and who.
    const entries = await value(core, 'audit:list', { customerId: created.id });
    expect(entries.map((e) => [e.entity, e.action, e.subject])).toContainEqual([
      'user',
      'create',
      'Örjan Åkesson',
    ]);
    expect(JSON.stringify(entries)).not.toContain('189001019802');
    await value(core, 'users:save', {
      customerId: created.id,
      id: user!.id,
      recordVersion: user!.recordVersion,
      fields: {
        ...person({
          firstName: 'Örjan',
          lastName: 'Åkesson-Berg',
          email: 'orjan@ny.example',
          personnummer: undefined,
          role: 'admin',
          approverId: user!.id,
        }),
      },
    });
    const detail = await value(core, 'customers:get', { id: created.id });
    expect(detail.contact).toMatchObject({
      name: 'Örjan Åkesson-Berg',
      email: 'orjan@ny.example',
      personnummerMasked: '18900101-****',
    });
    const base = collaboration({ customer: { name: 'Kontakt AB', orgnr: '5561034249' } });
    await value(core, 'customers:update', {
      ...base,
      id: created.id,
      recordVersion: await customerVersion(core, created.id),
      contact: { ...base.contact!, name: 'Örjan Berg', personnummer: undefined },
    });
    const [again] = await value(core, 'users:list', { customerId: created.id });
    expect(again).toMatchObject({
      firstName: 'Örjan',
      lastName: 'Berg',
      email: 'orjan@akesson-bygg.example',
    });
  });

  it('deleting the contact’s user keeps the contact, who is not made a user again behind the bureau’s back', async () => {
    const base = collaboration({ customer: { name: 'Kontakt AB', orgnr: '5561034249' } });
    const created = await value(core, 'customers:create', base);
    const [user] = await value(core, 'users:list', { customerId: created.id });
    await value(core, 'users:delete', { customerId: created.id, ids: [user!.id] });
    const { contact } = await value(core, 'customers:get', { id: created.id });
    expect(contact).toMatchObject({ name: 'Örjan Åkesson', alsoFirstAdmin: false });
    // The edit form starts from the stored contact, its box now unticked.
    await value(core, 'customers:update', {
      ...base,
      id: created.id,
      recordVersion: await customerVersion(core, created.id),
      contact: {
        ...base.contact!,
        alsoFirstAdmin: contact!.alsoFirstAdmin,
        phone: '070-999 88 77',
        personnummer: undefined,
      },
    });
    expect(await value(core, 'users:list', { customerId: created.id })).toEqual([]);
  });
});
