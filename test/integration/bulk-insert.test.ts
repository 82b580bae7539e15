import { readFileSync } from 'node:fs';
import type { EntityManager, EntitySchema } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  insertAsJson,
  insertMultiRow,
  jsonFormOf,
  type BulkOptions,
} from '../../electron/core/db/bulk-insert';
import type { JsonForm } from '../../electron/core/db/json-insert';
import {
  AuditEntity,
  LicenceChangeEntity,
  UserEntity,
  type AuditRow,
  type LicenceChangeRow,
  type UserEntityRow,
} from '../../electron/core/db/entities';
import type { OpenedCore } from '../../electron/core/open';
import { auditViewOf } from '../../electron/core/users/user-mapper';
import { buildRow } from '../../electron/core/users/user-row';
import type { UserFields } from '../../shared/schemas/users';
import { collaboration, openTestCore, tempDir, value } from './support';

// SQLite's fast path (one JSON text per chunk) against the portable multi-row INSERT: the same
// rows, written each way into the same file (each in a transaction rolled back), must read back
// identical, column by column and storage class by storage class. The fast path has two forms
// (json_each, and jsonb_each where the SQLite has it): each is compared.

const PERSONNUMMER = readFileSync(
  new URL('../fixtures/identity/skatteverket_testpersonnummer_sample.csv', import.meta.url),
  'utf8',
)
  .split(/\r?\n/)
  .slice(1)
  .filter(Boolean);

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 1000, contact: null }))
  ).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

type Insert = typeof insertAsJson;
type Write = (insert: Insert, m: EntityManager) => Promise<void>;

/** Every row of `table` after `write`, each value beside its SQLite storage class; rolled back. */
async function written(table: string, insert: Insert, write: Write) {
  const rollback = new Error('rollback');
  let dump: Record<string, unknown>[] = [];
  await core.context.ds
    .transaction(async (m) => {
      await write(insert, m);
      const columns: { name: string }[] = await m.query(`PRAGMA table_info(${table})`);
      const typed = columns.map((c) => `typeof("${c.name}") AS "${c.name}:type"`).join(', ');
      dump = await m.query(`SELECT *, ${typed} FROM ${table} ORDER BY rowid`);
      throw rollback;
    })
    .catch((err: unknown) => {
      if (err !== rollback) throw err;
    });
  return dump;
}

/** The forms this file's SQLite can unpack a chunk with: json_each, and jsonb_each if it has it. */
async function formsHere(): Promise<JsonForm[]> {
  const best = await core.context.ds.transaction((m) => jsonFormOf(m));
  return best === 'jsonb' ? ['json', 'jsonb'] : ['json'];
}

/** The same write every way: what the portable path stored, having checked each form equals it. */
async function bothWays(table: string, write: Write) {
  const portable = await written(table, insertMultiRow, write);
  expect(portable.length).toBeGreaterThan(0);
  for (const form of await formsHere()) {
    const fast = await written(table, (m, e, r, o) => insertAsJson(m, e, r, o, form), write);
    expect(fast, form).toEqual(portable);
  }
  return portable;
}

/** Users as an import builds them: Swedish letters, quotes, NULLs, booleans, long text. */
function users(count: number, variant = ''): UserEntityRow[] {
  return Array.from({ length: count }, (_, i) => {
    const fields: UserFields = {
      firstName: ['Åsa', 'Märta', 'Örjan', "O'Brien", 'Nisse "Nils"', 'Zoë 🙂'][i % 6]! + variant,
      lastName: i % 7 === 0 ? 'Lång'.repeat(2500) : `Öberg-${i}\\Ek`,
      email: i % 5 === 0 ? '' : `anvandare${i}@exempel.se`,
      personnummer: i % 3 === 0 ? undefined : PERSONNUMMER[i]!,
      mobile: i % 4 === 0 ? '' : `070-123 45 ${String(i % 100).padStart(2, '0')}`,
      employeeNumber: String(1000 + i),
      salaryForm: i % 3 === 0 ? null : i % 3 === 1 ? 'monthly' : 'hourly',
      role: i % 10 === 0 ? 'approver' : 'reporter',
      approverId: i % 2 === 0 ? null : `user-${i - (i % 10)}`,
      profileId: null,
    };
    const row = buildRow(core.context, customerId, `user-${i}`, fields, null);
    return {
      ...row,
      isPrimaryContact: i % 11 === 0,
      invitedAt: i % 4 === 1 ? row.updatedAt : null,
    };
  });
}

const insertUsers =
  (rows: UserEntityRow[], options?: BulkOptions): Write =>
  (insert, m) =>
    insert(m, UserEntity, rows, options);

describe('the SQLite fast path of bulk inserts', () => {
  it('unpacks chunks with jsonb_each where SQLite has it (3.51 and later, as the app ships)', async () => {
    const [{ version }] = (await core.context.ds.query('SELECT sqlite_version() AS version')) as [
      { version: string },
    ];
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const form = await core.context.ds.transaction((m) => jsonFormOf(m));
    expect(form, version).toBe(major > 3 || (major === 3 && minor >= 51) ? 'jsonb' : 'json');
  });

  it('writes every column of a few hundred users exactly as the portable INSERT does', async () => {
    const rows = users(300);
    const stored = await bothWays('users', insertUsers(rows));
    expect(stored).toHaveLength(300);
    // The personnummer decrypts to the number given, beside its fingerprint.
    const withNumber = stored.filter((u) => u.personnummer_enc !== null);
    expect(withNumber).toHaveLength(200);
    for (const u of withNumber) {
      const digits = core.context.cipher.decrypt(String(u.personnummer_enc));
      expect(PERSONNUMMER).toContain(digits);
      expect(u.personnummer_fp).toBe(core.context.cipher.fingerprint(digits));
    }
    expect(stored[0]).toMatchObject({
      is_primary_contact: 1,
      'is_primary_contact:type': 'integer',
    });
    expect(stored[1]).toMatchObject({ salary_form: 'monthly', profile_id: null });
  });

  it('writes the same audit entries, their JSON text included', async () => {
    const audit: Omit<AuditRow, 'id'>[] = users(300).map((u, i) => ({
      at: u.updatedAt,
      actor: 'Karin "Kassa" Ödman',
      entity: 'user',
      entityId: u.id,
      customerId,
      action: i % 2 ? 'create' : 'update',
      subject: `${u.firstName} ${u.lastName}`.slice(0, 200),
      beforeJson: i % 2 ? null : JSON.stringify({ firstName: 'Förr' }),
      afterJson: JSON.stringify({ ...auditViewOf(u, core.context.cipher), source: 'import' }),
    }));
    const stored = await bothWays('audit_log', (insert, m) =>
      insert(m, AuditEntity, audit as AuditRow[]),
    );
    const entries = stored.filter((a) => a.entity === 'user'); // beside the customer's own
    expect(entries.map((a) => JSON.parse(String(a.after_json)))).toEqual(
      audit.map((a) => JSON.parse(String(a.afterJson))),
    );
  });

  it('upserts the same way: stored users changed in place, NULLs and booleans included', async () => {
    const before = users(200);
    const after = users(300, ' Nyman').map((u, i) => ({
      ...u,
      salaryForm: i % 3 === 0 ? 'monthly' : null,
      isPrimaryContact: !before[i]?.isPrimaryContact,
    }));
    const stored = await bothWays('users', async (insert, m) => {
      await insert(m, UserEntity, before);
      await insert(m, UserEntity, after, { upsert: true });
    });
    expect(stored).toHaveLength(300);
    expect(stored[0]).toMatchObject({ first_name: 'Åsa Nyman', salary_form: 'monthly' });
    expect(stored[1]).toMatchObject({ salary_form: null, is_primary_contact: 1 });
  });

  it('carries what JSON cannot, a NUL, a lone surrogate, large and fractional numbers, unchanged', async () => {
    const odd = users(10).map((u, i) => ({
      ...u,
      firstName: ['Nul\u0000tecken', 'Halv\ud800', 'C:\\u0000', 'Vanlig'][i % 4]!,
    }));
    const stored = await bothWays('users', insertUsers(odd));
    expect(stored.map((u) => u.first_name)).toContain('Nul\u0000tecken');
    const counts: Omit<LicenceChangeRow, 'id'>[] = [3_000_000_000, 1.5, -7, 0].map((count, i) => ({
      customerId,
      effectiveFrom: `2026-0${i + 1}-01`,
      count,
      changedAt: '2026-11-28T10:00:00.000Z',
      actor: 'Test',
    }));
    const licences = await bothWays('licence_changes', (insert, m) =>
      insert(
        m,
        LicenceChangeEntity as EntitySchema<LicenceChangeRow>,
        counts as LicenceChangeRow[],
      ),
    );
    expect(licences.map((l) => l.count)).toContain(3_000_000_000);
  });

  it('binds a value every row shares once, whatever it is, and stores it as the portable INSERT does', async () => {
    // One first name with a NUL and one large count in every row: bound as parameters, not JSON.
    const same = users(50).map((u) => ({ ...u, firstName: 'Nul\u0000tecken', mobile: '' }));
    const stored = await bothWays('users', insertUsers(same));
    expect(new Set(stored.map((u) => u.first_name))).toEqual(new Set(['Nul\u0000tecken']));
    const counts = [1, 2, 3].map((i) => ({
      customerId,
      effectiveFrom: `2026-0${i}-01`,
      count: 3_000_000_000,
      changedAt: '2026-11-28T10:00:00.000Z',
      actor: 'Test',
    }));
    const licences = await bothWays('licence_changes', (insert, m) =>
      insert(
        m,
        LicenceChangeEntity as EntitySchema<LicenceChangeRow>,
        counts as LicenceChangeRow[],
      ),
    );
    // Beside the customer's own licence row.
    expect(licences.filter((l) => l.count === 3_000_000_000)).toHaveLength(3);
  });
});
