import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { toCustomer, varchar } from './columns';

/** Step 3's import: the column mapping a customer's files use, remembered. */
export class ImportMappings1764560000000 implements MigrationInterface {
  name = 'ImportMappings1764560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'import_mappings',
        columns: [
          { ...varchar('customer_id', 36), isPrimary: true },
          { name: 'headers_key', type: 'text' },
          { name: 'mapping_json', type: 'text' },
          varchar('updated_at', 32),
        ],
        foreignKeys: [toCustomer()],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('import_mappings');
  }
}
