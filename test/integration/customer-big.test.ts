import type sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisciplinedSqliteDriver } from '../../electron/core/db/disciplined-driver';
import type { OpenedCore } from '../../electron/core/open';
import { factsOf } from '../../electron/core/onboarding/onboarding-service';
import { BUREAU, collaboration, openTestCore, tempDir, value } from './support';

/* A customer with 100,000 users: its page (customers:get) counts them from indexes alone. */

const USERS = 100_000;
let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

/**
 * Users straight into the tables (the import would take minutes here): every tenth without an
 * employee number (incomplete), the first 500 sent a BankID letter (invited).
 */
async function addUsers(count: number): Promise<void> {
  const now = '2026-11-28T10:00:00.000Z';
  const ds = core.context.ds;
  await ds.query(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO users (id, customer_id, first_name, last_name, email, email_key, mobile,
       employee_number, salary_form, role, approver_id, is_primary_contact, created_at, updated_at)
     SELECT printf('u-%06d', i), ?, 'Anna', printf('Nummer %d', i),
       printf('anna%d@example.se', i), printf('anna%d@example.se', i), '',
       CASE WHEN i % 10 = 0 THEN '' ELSE printf('%d', i) END, 'monthly', 'reporter',
       'u-000001', 0, ?, ? FROM n`,
    [count, customerId, now, now],
  );
  await ds.query(
    `INSERT INTO user_invitations (user_id, customer_id, email_state, letter_at, updated_at)
     SELECT id, customer_id, 'none', ?, ? FROM users WHERE id <= 'u-000500'`,
    [now, now],
  );
}

/** The statements a call runs on the read-only connection, as SQLite traces them. */
async function statementsOf(call: () => Promise<unknown>): Promise<string[]> {
  const driver = core.context.ds.driver as DisciplinedSqliteDriver;
  const db: sqlite3.Database = await driver.readRunner().connect();
  const seen: string[] = [];
  const listener = (sql: string) => seen.push(sql);
  db.on('trace', listener);
  await call();
  db.removeListener('trace', listener);
  return seen;
}

beforeAll(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (await value(core, 'customers:create', collaboration({ contact: null }))).id;
  await addUsers(USERS);
}, 120_000);
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

describe('a customer with 100,000 users', () => {
  it('opens with its users counted: 10,000 incomplete, 500 invited', async () => {
    const detail = await value(core, 'customers:get', { id: customerId });
    expect(detail.id).toBe(customerId);
    // What the checklist is derived from, for this customer alone and in the portfolio's batch.
    for (const ids of [[customerId], undefined]) {
      const facts = (await factsOf(core.context.ds.manager, ids))(customerId);
      expect(facts).toMatchObject({ users: USERS, incompleteUsers: USERS / 10, invitedUsers: 500 });
    }
  });

  it('reads no user or invitation row to count them, only index entries', async () => {
    const statements = await statementsOf(() => value(core, 'customers:get', { id: customerId }));
    const aboutUsers = statements.filter((sql) => /\b(users|user_invitations)\b/.test(sql));
    expect(aboutUsers.length).toBeGreaterThan(0);
    for (const sql of aboutUsers) {
      const plan: { detail: string }[] = await core.context.ds.query(`EXPLAIN QUERY PLAN ${sql}`);
      const reads = plan.map((p) => p.detail).filter((d) => /^(SCAN|SEARCH) /.test(d));
      expect(reads.length, sql).toBeGreaterThan(0);
      for (const read of reads) expect(read, sql).toMatch(/ USING COVERING INDEX /);
    }
  });
});
