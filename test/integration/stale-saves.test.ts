// Issue 16 item 3: a save made from a version a colleague has since overwritten is refused
// (conflict.stale), writes nothing, and says what changed, by whom and when.
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importParsed } from './import-report';
import type { OpenedCore } from '../../electron/core/open';
import { detailsOf } from '../../shared/errorDetails';
import type { UserFields, UserRow } from '../../shared/schemas/users';
import { testPersonnummer } from '../support/blikk-fixtures';
import { BUREAU, collaboration, invoke, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 4, contact: null }))
  ).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

function anna(overrides: Partial<UserFields> = {}): UserFields {
  return {
    firstName: 'Anna',
    lastName: 'Ek',
    email: 'anna@akesson.example',
    personnummer: testPersonnummer(0),
    mobile: '070-111 22 33',
    employeeNumber: '1',
    salaryForm: 'monthly',
    role: 'reporter',
    approverId: null,
    profileId: null,
    ...overrides,
  };
}

async function created(): Promise<UserRow> {
  return (await value(core, 'users:save', { customerId, fields: anna() })).user;
}

const update = (user: UserRow, fields: UserFields, recordVersion?: number) =>
  invoke(core, 'users:save', { customerId, id: user.id, fields, recordVersion });

describe('a user saved from the version it was read at', () => {
  it('starts at version 1, and each save adds one', async () => {
    const user = await created();
    expect(user.recordVersion).toBe(1);
    const listed = await value(core, 'users:list', { customerId });
    expect(listed[0]?.recordVersion).toBe(1);
    const saved = await value(core, 'users:save', {
      customerId,
      id: user.id,
      fields: anna({ mobile: '070-999 99 99' }),
      recordVersion: 1,
    });
    expect(saved.user.recordVersion).toBe(2);
  });

  it('is refused as stale after a colleague saved, writes nothing, and names what changed', async () => {
    const read = await created();
    // The colleague changes the e-mail; then the first reader saves a new mobile from version 1.
    await value(core, 'users:save', {
      customerId,
      id: read.id,
      fields: anna({ email: 'anna.ek@akesson.example' }),
      recordVersion: read.recordVersion,
    });
    const before = await snapshot(core);
    const r = await update(read, anna({ mobile: '070-999 99 99' }), read.recordVersion);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('conflict.stale');
    expect(await snapshot(core)).toEqual(before);
    const details = detailsOf(r.error, 'conflict.stale');
    expect(details).toMatchObject({
      entity: 'user',
      id: read.id,
      version: 2,
      changedFields: ['email'],
      changedBy: BUREAU.staffName,
      current: { email: 'anna.ek@akesson.example', mobile: '070-111 22 33' },
    });
    expect(details?.changedAt).toMatch(/^2026-11-28T/);
    // The reader sees the number as everywhere else: masked, never in full.
    expect(details?.current.personnummerMasked).toMatch(/^\d{8}-\*{4}$/);
    expect(JSON.stringify(r.error)).not.toContain(testPersonnummer(0));
  });

  it('is saved again from the version the refusal gave (reapply)', async () => {
    const read = await created();
    await value(core, 'users:save', {
      customerId,
      id: read.id,
      fields: anna({ email: 'anna.ek@akesson.example' }),
      recordVersion: 1,
    });
    const r = await update(read, anna({ mobile: '070-999 99 99' }), 1);
    const details = !r.ok ? detailsOf(r.error, 'conflict.stale') : undefined;
    const again = await update(read, anna({ mobile: '070-999 99 99' }), details?.version);
    expect(again.ok && again.value.user).toMatchObject({
      mobile: '070-999 99 99',
      recordVersion: 3,
    });
  });

  it('is refused without a version through the contract: an update names what it read', async () => {
    const read = await created();
    const before = await snapshot(core);
    const r = await update(read, anna({ mobile: '070-999 99 99' }));
    expect(!r.ok && r.error.code).toBe('input.invalid');
    expect(await snapshot(core)).toEqual(before);
  });

  it('is stale after an import changed the user: a form opened before the import', async () => {
    const read = await created();
    const csv = iconv.encode(
      [
        'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet',
        `Anna;Ek;anna@akesson.example;${testPersonnummer(0)};1;TIM;Rapportör`,
      ].join('\r\n') + '\r\n',
      'win1252',
    );
    const { report } = await importParsed(core.context, {
      customerId,
      fileName: 'personal.csv',
      bytes: csv,
      dryRun: false,
    });
    expect(report.updated).toBe(1);
    const [after] = await value(core, 'users:list', { customerId });
    expect(after).toMatchObject({ salaryForm: 'hourly', recordVersion: 2 });
    const r = await update(read, anna({ mobile: '070-999 99 99' }), read.recordVersion);
    expect(!r.ok && r.error.code).toBe('conflict.stale');
  });

  it('bulk edits add one to each user they change', async () => {
    const read = await created();
    await value(core, 'users:bulkUpdate', {
      customerId,
      ids: [read.id],
      patch: { salaryForm: 'hourly' },
    });
    const [after] = await value(core, 'users:list', { customerId });
    expect(after?.recordVersion).toBe(2);
    expect(!(await update(read, anna(), 1)).ok).toBe(true);
  });
});

describe('a customer saved from the version it was read at', () => {
  it('is refused as stale after the licences changed, and saved from the new version', async () => {
    const read = await value(core, 'customers:get', { id: customerId });
    expect(read.recordVersion).toBe(1);
    await value(core, 'licences:set', { customerId, count: 6 });
    const before = await snapshot(core);
    const input = collaboration({ licences: 4, contact: null });
    const r = await invoke(core, 'customers:update', {
      ...input,
      id: customerId,
      recordVersion: read.recordVersion,
    });
    expect(!r.ok && r.error.code).toBe('conflict.stale');
    expect(await snapshot(core)).toEqual(before);
    const details = !r.ok ? detailsOf(r.error, 'conflict.stale') : undefined;
    expect(details).toMatchObject({
      entity: 'customer',
      version: 2,
      current: { licences: 6 },
      changedFields: expect.arrayContaining(['licences']),
      changedBy: BUREAU.staffName,
    });
    const saved = await value(core, 'customers:update', {
      ...collaboration({ licences: 5, contact: null }),
      id: customerId,
      recordVersion: details?.version,
    });
    expect(saved).toMatchObject({ licences: 5, recordVersion: 3 });
  });

  it('names the fields a colleague changed', async () => {
    const read = await value(core, 'customers:get', { id: customerId });
    const theirs = collaboration({ licences: 4, contact: null });
    theirs.customer.phone = '013-99 99 99';
    await value(core, 'customers:update', { ...theirs, id: customerId, recordVersion: 1 });
    const r = await invoke(core, 'customers:update', {
      ...collaboration({ licences: 4, contact: null }),
      id: customerId,
      recordVersion: read.recordVersion,
    });
    const details = !r.ok ? detailsOf(r.error, 'conflict.stale') : undefined;
    expect(details?.changedFields.join(' ')).toContain('phone');
    expect(details?.changedBy).toBe(BUREAU.staffName);
  });
});
