import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { toCustomer, varchar } from './columns';

const str = varchar;

/** Step 3: the customer's users, and the licence history the monthly invoice bills from. */
export class UsersLicences1764480000000 implements MigrationInterface {
  name = 'UsersLicences1764480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('customer_id', 36),
          str('first_name', 100),
          str('last_name', 100),
          str('email', 254),
          str('email_key', 254),
          { name: 'personnummer_enc', type: 'text', isNullable: true },
          str('personnummer_fp', 64, true),
          str('mobile', 40),
          str('employee_number', 40),
          str('salary_form', 10, true),
          str('role', 10),
          str('approver_id', 36, true),
          str('profile_id', 36, true),
          { name: 'is_primary_contact', type: 'boolean' },
          str('invited_at', 32, true),
          str('created_at', 32),
          str('updated_at', 32),
        ],
        foreignKeys: [
          toCustomer(),
          new TableForeignKey({
            columnNames: ['profile_id'],
            referencedTableName: 'reporting_profiles',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
        indices: [
          new TableIndex({ name: 'idx_users_customer', columnNames: ['customer_id'] }),
          new TableIndex({ name: 'idx_users_email', columnNames: ['customer_id', 'email_key'] }),
          new TableIndex({
            name: 'idx_users_pnr',
            columnNames: ['customer_id', 'personnummer_fp'],
          }),
          new TableIndex({
            name: 'idx_users_empno',
            columnNames: ['customer_id', 'employee_number'],
          }),
          new TableIndex({ name: 'idx_users_approver', columnNames: ['approver_id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'licence_changes',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          str('customer_id', 36),
          str('effective_from', 10),
          { name: 'count', type: 'integer' },
          str('changed_at', 32),
          str('actor', 120),
        ],
        foreignKeys: [toCustomer()],
        indices: [
          new TableIndex({
            name: 'idx_licences_customer',
            columnNames: ['customer_id', 'effective_from'],
          }),
        ],
      }),
    );
    await startLicenceHistory(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('licence_changes');
    await q.dropTable('users');
  }
}

/** Customers from before this version: their history starts with the licences they have. */
async function startLicenceHistory(q: QueryRunner): Promise<void> {
  const rows: { customerId: string; licences: number; createdAt: string }[] = await q.query(
    'SELECT customer_id AS "customerId", licences, created_at AS "createdAt" FROM collaborations',
  );
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map((r) => ({
      // Property names: TypeORM maps the table to the entity's metadata.
      customerId: r.customerId,
      effectiveFrom: r.createdAt.slice(0, 10),
      count: Number(r.licences),
      changedAt: r.createdAt,
      actor: 'Kundstart (uppgradering)',
    }));
    await q.manager.createQueryBuilder().insert().into('licence_changes').values(values).execute();
  }
}
