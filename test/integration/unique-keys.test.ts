// The users' unique keys per customer (migration UniqueKeys1765600000000), on either engine: what
// the upgrade does with users that already share a key, and the refusal a path without the
// service's check now gets instead of a second user with the same e-mail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UniqueKeys1765600000000 } from '../../electron/core/db/migrations/1765600000000-unique-keys';
import type { OpenedCore } from '../../electron/core/open';
import type { UserFields } from '../../shared/schemas/users';
import {
  BUREAU,
  collaboration,
  customerVersion,
  invoke,
  openTestCore,
  tempDir,
  value,
} from './support';
import { testPersonnummer } from '../support/blikk-fixtures';

let dir: ReturnType<typeof tempDir>;
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

function user(i: number, fields: Partial<UserFields> = {}) {
  const id = crypto.randomUUID();
  const all: UserFields = {
    firstName: 'Bo',
    lastName: `Ask ${i}`,
    email: `bo${i}@akesson-bygg.example`,
    personnummer: testPersonnummer(i),
    mobile: '',
    employeeNumber: `${i}`,
    salaryForm: 'monthly',
    role: 'admin',
    approverId: id,
    profileId: null,
    ...fields,
  };
  return { customerId, id, fields: all };
}

describe('users who share a key of their customer', () => {
  it('cannot come about through the primary contact: the customer’s save is refused', async () => {
    await value(core, 'users:save', user(1));
    const input = collaboration();
    const contact = { ...input.contact!, email: 'BO1@akesson-bygg.example' };
    const refused = await invoke(core, 'customers:update', {
      ...input,
      id: customerId,
      contact,
      recordVersion: await customerVersion(core, customerId),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'email.duplicate' } });
    const emails = (await value(core, 'users:list', { customerId })).map((u) => u.email).sort();
    expect(emails).toEqual(['bo1@akesson-bygg.example', 'orjan@akesson-bygg.example']);
  });

  it('written before the upgrade keep the key on one user; the others lose it, audited', async () => {
    const ds = core.context.ds;
    const runner = ds.createQueryRunner();
    try {
      await new UniqueKeys1765600000000().down(runner);
      // As an older Kundstart could leave them: the contact's e-mail given to a user, twice.
      const older = user(2, { employeeNumber: '7' });
      const newer = user(3);
      // The service's check still runs: saved apart, then given the same keys behind its back.
      await value(core, 'users:save', { ...older, fields: { ...older.fields, email: 'a@b.se' } });
      await value(core, 'users:save', { ...newer, fields: { ...newer.fields, email: 'c@d.se' } });
      await ds.query(`UPDATE users SET email = ?, email_key = ?, created_at = ? WHERE id = ?`, [
        'Orjan@akesson-bygg.example',
        'orjan@akesson-bygg.example',
        '2026-01-01T00:00:00.000Z',
        older.id,
      ]);
      await ds.query(
        `UPDATE users SET email = ?, email_key = ?, employee_number = '7' WHERE id = ?`,
        ['orjan@akesson-bygg.example', 'orjan@akesson-bygg.example', newer.id],
      );
      await new UniqueKeys1765600000000().up(runner);
      const users = await value(core, 'users:list', { customerId });
      const byName = Object.fromEntries(users.map((u) => [u.lastName, u]));
      // The contact keeps the e-mail; of the two others the older keeps the employee number.
      expect(byName['Åkesson']?.email).toBe('orjan@akesson-bygg.example');
      expect(byName['Ask 2']).toMatchObject({ email: '', employeeNumber: '7' });
      expect(byName['Ask 3']).toMatchObject({ email: '', employeeNumber: '' });
      const audit: { entityId: string; actor: string; before: string; after: string }[] =
        await ds.query(
          `SELECT entity_id AS "entityId", actor, before_json AS before, after_json AS after
           FROM audit_log WHERE actor = 'Kundstart' ORDER BY id`,
        );
      expect(audit).toEqual([
        {
          entityId: older.id,
          actor: 'Kundstart',
          before: '{"email":"Orjan@akesson-bygg.example"}',
          after: '{"email":""}',
        },
        {
          entityId: newer.id,
          actor: 'Kundstart',
          before: '{"email":"orjan@akesson-bygg.example"}',
          after: '{"email":""}',
        },
        {
          entityId: newer.id,
          actor: 'Kundstart',
          before: '{"employeeNumber":"7"}',
          after: '{"employeeNumber":""}',
        },
      ]);
    } finally {
      await runner.release();
    }
  });
});
