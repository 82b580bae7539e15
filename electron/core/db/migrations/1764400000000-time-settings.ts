import { randomUUID } from 'node:crypto';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { flag, toCustomer, varchar } from './columns';

const str = varchar;

/** Step 2: per-customer time settings, reporting profiles, and the bureau's templates. */
export class TimeSettings1764400000000 implements MigrationInterface {
  name = 'TimeSettings1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'customer_settings',
        columns: [
          { ...str('customer_id', 36), isPrimary: true },
          { ...str('section', 20), isPrimary: true },
          { name: 'data_json', type: 'text' },
          str('reviewed_at', 32, true),
          str('reviewed_by', 120, true),
          str('updated_at', 32),
        ],
        foreignKeys: [toCustomer()],
      }),
    );
    await q.createTable(
      new Table({
        name: 'reporting_profiles',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('customer_id', 36),
          str('name', 80),
          flag('is_default'),
          flag('clock_times_required'),
          flag('project_required'),
          flag('activity_required'),
          flag('time_article_required'),
          flag('close_below_schedule'),
          { name: 'rounding_minutes', type: 'integer' },
          str('created_at', 32),
          str('updated_at', 32),
        ],
        foreignKeys: [toCustomer()],
        indices: [new TableIndex({ name: 'idx_profiles_customer', columnNames: ['customer_id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'settings_templates',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('name', 80),
          { name: 'sections_json', type: 'text' },
          { name: 'profiles_json', type: 'text' },
          str('created_at', 32),
        ],
      }),
    );
    await giveEveryCustomerAGrundprofil(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['settings_templates', 'reporting_profiles', 'customer_settings']) {
      await q.dropTable(table);
    }
  }
}

/** Customers created before this version get the default profile new ones are born with. */
async function giveEveryCustomerAGrundprofil(q: QueryRunner): Promise<void> {
  const customers: { id: string }[] = await q.query('SELECT id FROM customers');
  const now = new Date().toISOString();
  for (let i = 0; i < customers.length; i += 200) {
    // Keys are the entity's property names: TypeORM maps the table to the entity's metadata.
    const rows = customers.slice(i, i + 200).map((c) => ({
      id: randomUUID(),
      customerId: c.id,
      name: 'Grundprofil',
      isDefault: true,
      clockTimesRequired: false,
      projectRequired: false,
      activityRequired: false,
      timeArticleRequired: false,
      closeBelowSchedule: false,
      roundingMinutes: 0,
      createdAt: now,
      updatedAt: now,
    }));
    // Only these columns: the entity has gained columns since (record_version) that later
    // migrations add, and this one runs before them.
    await q.manager
      .createQueryBuilder()
      .insert()
      .into('reporting_profiles', Object.keys(rows[0] ?? {}))
      .updateEntity(false)
      .values(rows)
      .execute();
  }
}
