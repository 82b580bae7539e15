// Two desktops save a user at the same moment (issue 16 item 2): each passes the service's check
// (no other user of the customer has this e-mail) before the other commits, so only the database's
// unique index can refuse one, and the refused save answers as the check does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
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
  anna = await openTestCore(`${dir.dir}/kundstart.db`);
  bo = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(anna, 'bureau:save', BUREAU);
  customerId = (await value(anna, 'customers:create', collaboration({ contact: null }))).id;
});
afterEach(async () => {
  await anna.close();
  await bo.close();
  dir.cleanup();
});

/** An administrator; the i-th of Skatteverket's test numbers unless told otherwise. */
function admin(i: number, fields: Partial<UserFields> = {}) {
  const id = crypto.randomUUID();
  return {
    customerId,
    id,
    fields: {
      firstName: 'Person',
      lastName: `Nummer ${i}`,
      email: `p${i}@akesson.example`,
      personnummer: testPersonnummer(i),
      mobile: '',
      employeeNumber: `${i}`,
      salaryForm: 'monthly',
      role: 'admin',
      approverId: id,
      profileId: null,
      ...fields,
    } satisfies UserFields,
  };
}

/** Each clash: what both desktops give their user at once, in round i. */
const CLASHES: [string, (i: number) => Partial<UserFields>][] = [
  ['email.duplicate', (i) => ({ email: `samma${i}@akesson.example` })],
  ['personnummer.duplicate', (i) => ({ personnummer: testPersonnummer(20 + i) })],
  ['employeeNumber.duplicate', (i) => ({ employeeNumber: `A-${i}` })],
];

describe('two desktops give two users the same key at the same moment', () => {
  // A new user locks its customer (the licence count), which puts two creations in a row; two
  // edits of existing users lock nothing, so both pass the check before either commits.
  it.each(CLASHES)('one edit is saved, the other refused with %s', async (code, clash) => {
    const users = [1, 2, 3, 4, 5, 6].map((i) => admin(i));
    for (const user of users) await value(anna, 'users:save', user);
    for (let round = 0; round < 3; round++) {
      const [mine, theirs] = [users[2 * round]!, users[2 * round + 1]!];
      const same = clash(round);
      const results = await Promise.all([
        // Each from the version it was created at: two different users, neither stale.
        invoke(anna, 'users:save', {
          ...mine,
          fields: { ...mine.fields, ...same },
          recordVersion: 1,
        }),
        invoke(bo, 'users:save', {
          ...theirs,
          fields: { ...theirs.fields, ...same },
          recordVersion: 1,
        }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code } });
    }
  });

  it('a unique violation reads as the refusal the check gives', async () => {
    const first = admin(1);
    await value(anna, 'users:save', first);
    // Written past the service, as a path without the check would.
    const ds = bo.context.ds;
    const refused = await ds
      .query(
        `INSERT INTO users (id, customer_id, first_name, last_name, email, email_key, mobile,
           employee_number, role, is_primary_contact, created_at, updated_at)
         VALUES ('x', ?, 'Bo', 'Ask', 'P1@akesson.example', 'p1@akesson.example', '', '', 'user',
           false, '2026-11-28T10:00:00.000Z', '2026-11-28T10:00:00.000Z')`,
        [customerId],
      )
      .then(
        () => null,
        (err: unknown) => err,
      );
    const { uniqueKeyRefusal } = await import('../../electron/core/db/unique-keys');
    expect(uniqueKeyRefusal(refused)?.toShape()).toEqual({
      code: 'email.duplicate',
      message: 'email: email.duplicate',
      details: { issues: [{ field: 'email', code: 'email.duplicate', severity: 'error' }] },
    });
  });
});
