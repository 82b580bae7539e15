import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Each key: its column, the field the users' rules name, what its empty value is. */
interface Key {
  index: string;
  column: string;
  /** The column staff see: the audit entry records it (the e-mail as typed, not its key). */
  shown: string;
  field: 'email' | 'personnummer' | 'employeeNumber';
  /** The columns a user who loses the value has emptied (the e-mail's shown form too). */
  clears: string[];
  emptyValue: '' | null;
}

/** Named as electron/core/db/unique-keys.ts names them when it translates a refusal. */
export const UNIQUE_USER_KEYS: Key[] = [
  {
    index: 'uq_users_email',
    column: 'email_key',
    shown: 'email',
    field: 'email',
    clears: ['email', 'email_key'],
    emptyValue: '',
  },
  {
    index: 'uq_users_pnr',
    column: 'personnummer_fp',
    shown: 'personnummer_fp',
    field: 'personnummer',
    clears: ['personnummer_enc', 'personnummer_fp'],
    emptyValue: null,
  },
  {
    index: 'uq_users_empno',
    column: 'employee_number',
    shown: 'employee_number',
    field: 'employeeNumber',
    clears: ['employee_number'],
    emptyValue: '',
  },
];

/** The users whose value another user of the customer keeps: the primary contact, else the oldest. */
const LOSERS = ({ column, shown }: Key) => `
  SELECT u.id, u.customer_id AS "customerId", u.first_name AS "firstName",
         u.last_name AS "lastName", u.${shown} AS value
  FROM users u
  WHERE u.${column} IS NOT NULL AND u.${column} <> '' AND EXISTS (
    SELECT 1 FROM users o
    WHERE o.customer_id = u.customer_id AND o.${column} = u.${column} AND o.id <> u.id
      AND (o.is_primary_contact > u.is_primary_contact
        OR (o.is_primary_contact = u.is_primary_contact
          AND (o.created_at < u.created_at OR (o.created_at = u.created_at AND o.id < u.id)))))
  ORDER BY u.created_at, u.id`;

interface Loser {
  id: string;
  customerId: string;
  firstName: string;
  lastName: string;
  value: string;
}

async function clearDuplicates(q: QueryRunner, key: Key): Promise<void> {
  const losers: Loser[] = await q.query(LOSERS(key));
  const at = new Date().toISOString();
  for (const user of losers) {
    // The personnummer is never written in clear, not even to the audit log: its field is named.
    const before = key.field === 'personnummer' ? '(dubblett)' : user.value;
    await q.query(
      `INSERT INTO audit_log (at, actor, entity, entity_id, customer_id, action, subject,
         before_json, after_json) VALUES (?, 'Kundstart', 'user', ?, ?, 'update', ?, ?, ?)`,
      [
        at,
        user.id,
        user.customerId,
        `${user.firstName} ${user.lastName}`.trim().slice(0, 200),
        JSON.stringify({ [key.field]: before }),
        JSON.stringify({ [key.field]: '' }),
      ],
    );
    const cleared = key.clears.map((c) => `${c} = ${key.emptyValue === null ? 'NULL' : "''"}`);
    await q.query(`UPDATE users SET ${cleared.join(', ')} WHERE id = ?`, [user.id]);
  }
}

/**
 * The rules the user saves check in code (DESIGN.md section 4: per customer, no two users share
 * an e-mail, a personnummer or an employee number) become unique indexes, so that two desktops
 * on one team database that pass the check at the same moment cannot both write (issue 16).
 * Empty e-mails and employee numbers are not keys (partial indexes, on both engines); a missing
 * personnummer is NULL, which a unique index never compares equal.
 *
 * Rows that would break them can exist: a primary contact's e-mail or personnummer reaches its
 * user without the users' check (primary-contact.ts). Each clash keeps its value on one user (the
 * primary contact, else the oldest) and the others lose it, each with an audit entry: they show
 * as incomplete in the checklist, and staff enter the right value. Nothing is refused, so no
 * bureau is locked out of its database by an upgrade.
 */
export class UniqueKeys1765600000000 implements MigrationInterface {
  name = 'UniqueKeys1765600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const key of UNIQUE_USER_KEYS) await clearDuplicates(q, key);
    // The personnummer's plain index is the unique one's prefix now: one index, not two.
    await q.dropIndex('users', 'idx_users_pnr');
    for (const key of UNIQUE_USER_KEYS) {
      const where = key.emptyValue === null ? '' : `${key.column} <> ''`;
      await q.createIndex(
        'users',
        new TableIndex({
          name: key.index,
          columnNames: ['customer_id', key.column],
          isUnique: true,
          ...(where ? { where } : {}),
        }),
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const key of UNIQUE_USER_KEYS) await q.dropIndex('users', key.index);
    await q.createIndex(
      'users',
      new TableIndex({ name: 'idx_users_pnr', columnNames: ['customer_id', 'personnummer_fp'] }),
    );
  }
}
