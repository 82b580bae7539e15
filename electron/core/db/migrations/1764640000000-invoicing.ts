import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { flag, toCustomer, varchar } from './columns';

const integer = (name: string) => ({ name, type: 'integer' });
const increment = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment' as const,
};

/** The monthly collective invoice: price lists, add-ons, invoicing history, closed months. */
export class Invoicing1764640000000 implements MigrationInterface {
  name = 'Invoicing1764640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'price_lists',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          { ...varchar('effective_from', 10), isUnique: true },
          varchar('currency', 3),
          integer('licence_list_ore'),
          integer('licence_reseller_ore'),
          flag('example'),
          { name: 'note', type: 'text' },
          varchar('created_at', 32),
          varchar('actor', 120),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'price_list_addons',
        columns: [
          { ...varchar('price_list_id', 36), isPrimary: true },
          { ...varchar('code', 40), isPrimary: true },
          varchar('name', 120),
          varchar('unit', 10),
          integer('list_ore'),
          integer('reseller_ore'),
          integer('position'),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['price_list_id'],
            referencedTableName: 'price_lists',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'customer_addons',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('customer_id', 36),
          varchar('code', 40),
          integer('quantity'),
          varchar('active_from', 10),
          varchar('active_to', 10, true),
          varchar('created_at', 32),
          varchar('updated_at', 32),
        ],
        foreignKeys: [toCustomer()],
        indices: [new TableIndex({ name: 'idx_addons_customer', columnNames: ['customer_id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'invoicing_changes',
        columns: [
          increment,
          varchar('customer_id', 36),
          varchar('effective_from', 10),
          varchar('payer', 20),
          varchar('method', 20),
          varchar('changed_at', 32),
          varchar('actor', 120),
        ],
        foreignKeys: [toCustomer()],
        indices: [
          new TableIndex({
            name: 'idx_invoicing_customer',
            columnNames: ['customer_id', 'effective_from'],
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'closed_months',
        columns: [
          { ...varchar('month', 7), isPrimary: true },
          varchar('price_list_id', 36),
          { name: 'summary_json', type: 'text' },
          varchar('closed_at', 32),
          varchar('actor', 120),
        ],
      }),
    );
    await startInvoicingHistory(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'closed_months',
      'invoicing_changes',
      'customer_addons',
      'price_list_addons',
      'price_lists',
    ]) {
      await q.dropTable(table);
    }
  }
}

/** Customers from before this version: invoiced as they are now since they were created. */
async function startInvoicingHistory(q: QueryRunner): Promise<void> {
  await q.query(
    `INSERT INTO invoicing_changes (customer_id, effective_from, payer, method, changed_at, actor)
     SELECT customer_id, substr(created_at, 1, 10), payer, method, created_at,
            'Kundstart (uppgradering)'
     FROM collaborations`,
  );
}
