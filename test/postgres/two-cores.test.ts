// Two cores on one team database, as two colleagues' desktops (issue 16 item 3): each has its
// own pool of connections, so nothing but PostgreSQL itself keeps their writes apart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { parseReport } from '../../shared/schemas/import';
import type { UserFields } from '../../shared/schemas/users';
import {
  BUREAU,
  collaboration,
  invoke,
  openTestCore,
  tempDir,
  value,
} from '../integration/support';
import { testPersonnummer } from '../support/blikk-fixtures';

let dir: ReturnType<typeof tempDir>;
let anna: OpenedCore;
let bo: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  // The same name: the same database and key (test-database.ts), opened twice.
  anna = await openTestCore(`${dir.dir}/kundstart.db`);
  bo = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(anna, 'bureau:save', BUREAU);
  const input = collaboration({ licences: 4, contact: null });
  customerId = (await value(anna, 'customers:create', input)).id;
});
afterEach(async () => {
  await anna.close();
  await bo.close();
  dir.cleanup();
});

/** An administrator (their own approver), the i-th of Skatteverket's test numbers. */
function admin(i: number): { id: string; fields: UserFields } {
  const id = crypto.randomUUID();
  const fields: UserFields = {
    firstName: 'Person',
    lastName: `Nummer ${i}`,
    email: `p${i}@akesson.example`,
    personnummer: testPersonnummer(i),
    mobile: '070-111 22 33',
    employeeNumber: `${i}`,
    salaryForm: 'monthly',
    role: 'admin',
    approverId: id,
    profileId: null,
  };
  return { id, fields };
}

/** A staff list of three with Swedish Excel's header, the i-th to the i+2-th test numbers. */
function staffList(first: number): { emails: string[]; contentBase64: string } {
  const header = 'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet';
  const people = [first, first + 1, first + 2].map((i) => ({
    line: `Person;Nummer ${i};p${i}@akesson.example;${testPersonnummer(i)};${i};MÅN;Administratör`,
    email: `p${i}@akesson.example`,
  }));
  const text = [header, ...people.map((p) => p.line)].join('\r\n');
  return {
    emails: people.map((p) => p.email),
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

describe('two desktops on one team database', () => {
  it('never let their users outnumber the licences, saving at the same moment', async () => {
    const saves = [0, 1, 2, 3, 4, 5].map((i) =>
      invoke(i % 2 ? bo : anna, 'users:save', { customerId, ...admin(i) }),
    );
    const results = await Promise.all(saves);
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([
      'licences.exceeded',
      'licences.exceeded',
    ]);
    expect((await value(bo, 'licences:get', { customerId })).assigned.total).toBe(4);
  });

  it('let exactly one of two saves from the same version win, and lose no update', async () => {
    const { id, fields } = admin(0);
    const read = (await value(anna, 'users:save', { customerId, id, fields })).user;
    // Both opened version 1; Anna changes the mobile, Bo the employee number, at the same moment.
    const results = await Promise.all([
      invoke(anna, 'users:save', {
        customerId,
        id,
        fields: { ...fields, mobile: '070-999 99 99' },
        recordVersion: read.recordVersion,
      }),
      invoke(bo, 'users:save', {
        customerId,
        id,
        fields: { ...fields, employeeNumber: '42' },
        recordVersion: read.recordVersion,
      }),
    ]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => !r.ok && r.error.code)).toEqual(['conflict.stale']);
    // The loser reapplies from the version the refusal names: both changes are kept.
    const loser = results[0]!.ok ? bo : anna;
    const mine = results[0]!.ok ? { employeeNumber: '42' } : { mobile: '070-999 99 99' };
    const stale = lost[0]!;
    const version = !stale.ok && (stale.error.details as { version: number }).version;
    expect(version).toBe(2);
    const reapplied = await value(loser, 'users:save', {
      customerId,
      id,
      fields: { ...fields, mobile: '070-999 99 99', employeeNumber: '42', ...mine },
      recordVersion: version || undefined,
    });
    expect(reapplied.user).toMatchObject({
      mobile: '070-999 99 99',
      employeeNumber: '42',
      recordVersion: 3,
    });
    const [stored] = await value(anna, 'users:list', { customerId });
    expect(stored).toMatchObject({ mobile: '070-999 99 99', employeeNumber: '42' });
  });

  it('let one of two simultaneous imports that together exceed the licences in, whole', async () => {
    const lists = [staffList(0), staffList(3)];
    // Each list fits the 4 licences alone; both together would make 6 users.
    const imports = lists.map(({ contentBase64 }, i) =>
      value(i ? bo : anna, 'users:import', {
        customerId,
        fileName: 'personal.csv',
        contentBase64,
        dryRun: false,
      }),
    );
    const reports = (await Promise.all(imports)).map((r) => parseReport(r));
    const refused = reports.filter((r) => r.fileIssues.some((f) => f.severity === 'error'));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.fileIssues).toEqual([
      expect.objectContaining({
        code: 'licences.exceeded',
        details: { licences: 4, needed: 6, missing: 2 },
      }),
    ]);
    // The one let in wrote all its three; the refused one wrote none of its own.
    const winner = lists[reports.indexOf(refused[0]!) === 0 ? 1 : 0]!;
    const users = await value(anna, 'users:list', { customerId });
    expect(users.map((u) => u.email).sort()).toEqual(winner.emails.sort());
    expect((await value(bo, 'licences:get', { customerId })).assigned.total).toBe(3);
  });
});
