import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { defaultSections } from '../../shared/settings/sections';
import { defaultProfile } from '../../shared/settings/profiles';
import { REVIEWABLE } from '../../shared/schemas/settings';
import { BUREAU, collaboration, invoke, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (await value(core, 'customers:create', collaboration())).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

const other = () =>
  value(
    core,
    'customers:create',
    collaboration({ customer: { name: 'Ekströms AB', orgnr: '5560160680' } }),
  );

async function reviewAll(id: string) {
  for (const section of REVIEWABLE) {
    await value(core, 'settings:review', { customerId: id, section, reviewed: true });
  }
}

describe('a new customer’s time settings', () => {
  it('start from Swedish defaults, unreviewed, with a Grundprofil', async () => {
    const settings = await value(core, 'settings:get', { customerId });
    expect(settings.sections.workTime.data.weeklyHours).toEqual({
      mon: 8,
      tue: 8,
      wed: 8,
      thu: 8,
      fri: 8,
      sat: 0,
      sun: 0,
    });
    expect(settings.sections.timeCodes.data.enabled).toEqual(
      expect.arrayContaining(['SEM', 'SJK', 'VAB', 'FPE', 'TJL', 'KOM', 'ÖT1', 'MER']),
    );
    expect(Object.values(settings.sections).every((s) => s.reviewedAt === null)).toBe(true);
    // The primary contact, who is also the first Administratör, is the Grundprofil's one user.
    expect(settings.profiles).toEqual([
      expect.objectContaining({ name: 'Grundprofil', isDefault: true, userCount: 1 }),
    ]);
    const detail = await value(core, 'customers:get', { id: customerId });
    expect(detail.onboarding).toEqual({
      next: 2,
      blockers: [
        'settings.workTime.notReviewed',
        'settings.timeCodes.notReviewed',
        'settings.overtime.notReviewed',
        'settings.approval.notReviewed',
        'settings.payrollExport.notReviewed',
        'profiles.notReviewed',
      ],
    });
  });

  it('saves a section and keeps it, audited', async () => {
    const data = defaultSections().workTime;
    data.weeklyHours.fri = 6.5;
    data.reducedDays = [{ date: '2026-04-30', hours: 4, note: 'Valborgsmässoafton' }];
    const saved = await value(core, 'settings:save', { customerId, section: 'workTime', data });
    expect(saved.sections.workTime.data).toEqual(data);
    const [entry] = await value(core, 'audit:list', { customerId });
    expect(entry).toMatchObject({
      entity: 'settings.workTime',
      action: 'update',
      actor: 'Anna Ek',
    });
  });

  it('refuses a section with a domain error, by code, and writes nothing', async () => {
    const before = await snapshot(core);
    const overtime = defaultSections().overtime;
    overtime.flex = { ...overtime.flex, enabled: true, coreStart: '15:00', coreEnd: '09:00' };
    const r1 = await invoke(core, 'settings:save', {
      customerId,
      section: 'overtime',
      data: overtime,
    });
    expect(r1).toMatchObject({ ok: false, error: { code: 'settings.flexCoreTimes' } });
    const codes = { ...defaultSections().timeCodes, enabled: ['SEM', 'XYZ'] };
    const r2 = await invoke(core, 'settings:save', {
      customerId,
      section: 'timeCodes',
      data: codes,
    });
    expect(r2).toMatchObject({ ok: false, error: { code: 'settings.codeUnknown' } });
    const r3 = await invoke(core, 'settings:save', {
      customerId,
      section: 'workTime',
      data: { weeklyHours: { mon: 25 } },
    } as never);
    expect(r3).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(await snapshot(core)).toEqual(before);
  });
});

describe('reviewing in the recommended order', () => {
  it('warns, without refusing, when a later part is reviewed before an earlier one', async () => {
    const early = await value(core, 'settings:review', {
      customerId,
      section: 'overtime',
      reviewed: true,
    });
    expect(early.outOfOrder).toEqual(['workTime', 'timeCodes']);
    expect(early.settings.sections.overtime.reviewedBy).toBe('Anna Ek');
    const first = await value(core, 'settings:review', {
      customerId,
      section: 'workTime',
      reviewed: true,
    });
    expect(first.outOfOrder).toEqual([]);
  });

  it('moves the checklist to step 3 once all five sections and the profiles are reviewed', async () => {
    await reviewAll(customerId);
    const row = (await value(core, 'customers:list', {})).find((c) => c.id === customerId);
    // The wizard made the contact the first Administratör: a user, but not yet complete.
    expect(row?.onboarding).toEqual({ next: 3, blockers: ['users.incomplete'] });
    const second = await other();
    expect(await value(core, 'onboarding:overview', {})).toEqual({
      total: 2,
      byStep: [
        { step: 1, customers: 0 },
        { step: 2, customers: 1 },
        { step: 3, customers: 1 },
        { step: 4, customers: 0 },
        { step: 5, customers: 0 },
        { step: null, customers: 0 },
      ],
    });
    expect(second.onboarding.next).toBe(2);
    await value(core, 'settings:review', { customerId, section: 'approval', reviewed: false });
    expect((await value(core, 'customers:get', { id: customerId })).onboarding).toEqual({
      next: 2,
      blockers: ['settings.approval.notReviewed'],
    });
  });
});

describe('step 3, users added and complete', () => {
  it('is done when every user has e-mail, employee number, salary form and approver, personnummer or not', async () => {
    await reviewAll(customerId);
    const [contact] = await value(core, 'users:list', { customerId });
    if (!contact) throw new Error('the wizard made no first administrator');
    await value(core, 'users:save', {
      customerId,
      id: contact.id,
      recordVersion: contact.recordVersion,
      fields: {
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: contact.email,
        personnummer: '',
        mobile: contact.mobile,
        employeeNumber: '1001',
        salaryForm: 'monthly',
        role: contact.role,
        approverId: contact.id,
        profileId: contact.profileId,
      },
    });
    const row = (await value(core, 'customers:list', {})).find((c) => c.id === customerId);
    expect(row?.onboarding.next).toBe(4);
  });
});

describe('reporting profiles', () => {
  const hourly = {
    ...defaultProfile(),
    name: 'Timanställda',
    clockTimesRequired: true,
    roundingMinutes: 15 as const,
  };

  it('adds, renames and deletes a profile; the Grundprofil cannot be deleted', async () => {
    const added = await value(core, 'profiles:save', { customerId, fields: hourly });
    expect(added).toMatchObject({
      name: 'Timanställda',
      clockTimesRequired: true,
      isDefault: false,
    });
    const dup = await invoke(core, 'profiles:save', {
      customerId,
      fields: { ...hourly, name: 'grundprofil' },
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'profile.nameDuplicate' } });
    const [grund] = await value(core, 'profiles:list', { customerId });
    const refused = await invoke(core, 'profiles:delete', { id: grund!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'profile.defaultUndeletable' } });
    await value(core, 'profiles:delete', { id: added.id });
    expect((await value(core, 'profiles:list', { customerId })).map((p) => p.name)).toEqual([
      'Grundprofil',
    ]);
  });
});

describe('copying settings', () => {
  it('from another customer: sections and profiles, review marks cleared, default kept', async () => {
    const data = { ...defaultSections().approval, period: 'week' as const };
    await value(core, 'settings:save', { customerId, section: 'approval', data });
    await value(core, 'profiles:save', {
      customerId,
      fields: { ...defaultProfile(), name: 'Timanställda' },
    });
    await reviewAll(customerId);
    const target = await other();
    const targetDefault = (await value(core, 'profiles:list', { customerId: target.id }))[0]!;
    const copied = await value(core, 'settings:copy', {
      toCustomerId: target.id,
      from: { customerId },
    });
    expect(copied.sections.approval.data.period).toBe('week');
    expect(copied.sections.approval.reviewedAt).toBeNull();
    expect(copied.profiles.map((p) => p.name)).toEqual(['Grundprofil', 'Timanställda']);
    expect(copied.profiles[0]!.id).toBe(targetDefault.id);
  });

  it('from a bureau template, which outlives the customer it was made from', async () => {
    await value(core, 'settings:save', {
      customerId,
      section: 'payrollExport',
      data: { system: 'visma', otherName: '', format: 'native' },
    });
    const template = await value(core, 'templates:createFromCustomer', {
      customerId,
      name: 'Byggföretag',
    });
    expect(await value(core, 'templates:list', {})).toEqual([
      expect.objectContaining({ name: 'Byggföretag', profileNames: ['Grundprofil'] }),
    ]);
    const target = await other();
    const copied = await value(core, 'settings:copy', {
      toCustomerId: target.id,
      from: { templateId: template.id },
    });
    expect(copied.sections.payrollExport.data).toEqual({
      system: 'visma',
      otherName: '',
      format: 'native',
    });
    await value(core, 'templates:delete', { id: template.id });
    const gone = await invoke(core, 'settings:copy', {
      toCustomerId: target.id,
      from: { templateId: template.id },
    });
    expect(gone).toMatchObject({ ok: false, error: { code: 'template.notFound' } });
  });
});
