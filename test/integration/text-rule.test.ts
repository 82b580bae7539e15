import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importParsed } from './import-report';
import type { OpenedCore } from '../../electron/core/open';
import type { UserFields } from '../../shared/schemas/users';
import { BUREAU, collaboration, invoke, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeAll(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (await value(core, 'customers:create', collaboration({ contact: null }))).id;
});
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

const person = (fields: Partial<UserFields>): UserFields => ({
  firstName: 'Åsa',
  lastName: 'Öberg',
  email: 'asa@akesson.example',
  personnummer: '18900115-9806',
  mobile: '070-123 45 67',
  employeeNumber: '1',
  salaryForm: 'monthly',
  role: 'approver',
  approverId: null,
  profileId: null,
  ...fields,
});

describe('one text rule for the forms, the import and the CLI (all through the contract)', () => {
  it('stores names NFC-normalised and trimmed, zero-width padding too', async () => {
    const created = await value(
      core,
      'customers:create',
      collaboration({
        customer: {
          ...collaboration().customer,
          orgnr: '556103-4249',
          name: ' \u200bA\u030Akesson Måleri AB  ',
        },
        contact: { ...collaboration().contact!, name: 'O\u0308rjan A\u030Akesson\u200b' },
      }),
    );
    expect(created.customer.name).toBe('Åkesson Måleri AB');
    expect(created.contact?.name).toBe('Örjan Åkesson');
    const found = await value(core, 'customers:list', { search: 'Åkesson Måleri' });
    expect(found.map((c) => c.id)).toContain(created.id);
  });

  it.each([
    ['firstName', 'Åsa\u001b[2J'],
    ['lastName', 'Öberg\u0000'],
    ['email', 'asa\u202e@akesson.example'],
    ['mobile', '070-123\r\n45 67'],
    ['employeeNumber', '1\u2066'],
  ] as const)('users:save refuses a control character in %s: text.control', async (field, v) => {
    const before = await snapshot(core);
    const result = await invoke(core, 'users:save', { customerId, fields: person({ [field]: v }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'text.control' } });
    expect(result.ok ? null : result.error.details).toEqual({
      issues: [{ field, code: 'text.control', severity: 'error' }],
    });
    expect(await snapshot(core)).toEqual(before);
  });

  it('customers:create refuses a bidi override in the name: text.control on customer.name', async () => {
    const input = collaboration({
      customer: { ...collaboration().customer, name: 'Åkesson \u202eBA ggyB' },
    });
    const result = await invoke(core, 'customers:create', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'text.control' } });
  });

  it('bureau:save refuses an escape sequence in the staff name', async () => {
    const result = await invoke(core, 'bureau:save', { ...BUREAU, staffName: '\u001b[31mAnna' });
    expect(result).toMatchObject({ ok: false, error: { code: 'text.control' } });
  });

  it('the import rejects the row with the control character, in Swedish, and takes the rest', async () => {
    const csv = [
      'Förnamn;Efternamn;E-post;Anställningsnr',
      'Bo;Ström;bo@akesson.example;7',
      'Eva\u001b[2J;Lind;eva@akesson.example;8',
      'Cilla;\u200b;cilla@akesson.example;9',
    ].join('\r\n');
    const { report } = await importParsed(core.context, {
      customerId,
      fileName: 'personal.csv',
      bytes: Buffer.from(csv, 'utf8'),
      dryRun: true,
    });
    expect(report.accepted).toBe(1);
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors).toMatchObject([
      {
        row: 3,
        field: 'firstName',
        code: 'text.control',
        message: expect.stringMatching(/styrtecken/),
      },
      { row: 4, field: 'lastName', code: 'name.missing' },
    ]);
  });
});
