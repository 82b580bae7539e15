import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The key check value (issue 16 item 4): one row that says which data key the database's
 * personnummer are encrypted with, without holding the key (an HMAC of a constant under it,
 * crypto/key-check.ts). A desktop whose key does not give the same value is refused before it
 * writes anything. The row is written by the first open after this migration, not here: the
 * migration does not know the key.
 */
export class KeyCheck1765700000000 implements MigrationInterface {
  name = 'KeyCheck1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'key_check',
        columns: [
          // Always 1: one key per database, and a second first desktop's insert conflicts.
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'check_value', type: 'varchar', length: '100' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('key_check');
  }
}
