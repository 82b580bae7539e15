import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { toCustomer, varchar } from './columns';

const str = varchar;
const stamps = [str('created_at', 32), str('updated_at', 32)];

/** The first schema: the bureau, customers with their collaboration and contact, audit, drafts. */
export class Initial1764320000000 implements MigrationInterface {
  name = 'Initial1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'bureau',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          str('name', 200),
          str('orgnr', 10),
          { name: 'reseller_agreement', type: 'boolean' },
          str('agreement_number', 60, true),
          str('agreement_valid_from', 10, true),
          str('staff_name', 120),
          ...stamps,
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'customers',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('name', 200),
          str('name_key', 200),
          { ...str('orgnr', 10), isUnique: true },
          str('org_type', 60),
          str('street', 200),
          str('postal_code', 20),
          str('city', 100),
          str('phone', 40),
          str('invoice_email', 254),
          ...stamps,
        ],
        indices: [
          new TableIndex({ name: 'idx_customers_name_key', columnNames: ['name_key'] }),
          new TableIndex({ name: 'idx_customers_updated_at', columnNames: ['updated_at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'collaborations',
        columns: [
          { ...str('id', 36), isPrimary: true },
          { ...str('customer_id', 36), isUnique: true },
          str('version', 20),
          { name: 'licences', type: 'integer' },
          str('payer', 20),
          str('method', 20),
          str('einvoice_scheme', 10, true),
          str('einvoice_id', 60, true),
          str('paper_street', 200),
          str('paper_postal_code', 20),
          str('paper_city', 100),
          ...stamps,
        ],
        foreignKeys: [toCustomer()],
      }),
    );
    await q.createTable(
      new Table({
        name: 'primary_contacts',
        columns: [
          { ...str('customer_id', 36), isPrimary: true },
          str('name', 200),
          str('email', 254),
          str('phone', 40),
          { name: 'personnummer_enc', type: 'text', isNullable: true },
          { name: 'also_first_admin', type: 'boolean' },
          str('updated_at', 32),
        ],
        foreignKeys: [toCustomer()],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          str('at', 32),
          str('actor', 120),
          str('entity', 40),
          str('entity_id', 64),
          str('customer_id', 36, true),
          str('action', 20),
          { name: 'before_json', type: 'text', isNullable: true },
          { name: 'after_json', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_audit_customer', columnNames: ['customer_id', 'id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'drafts',
        columns: [
          { ...str('key', 100), isPrimary: true },
          { name: 'payload_enc', type: 'text' },
          str('updated_at', 32),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'drafts',
      'audit_log',
      'primary_contacts',
      'collaborations',
      'customers',
      'bureau',
    ]) {
      await q.dropTable(table);
    }
  }
}
