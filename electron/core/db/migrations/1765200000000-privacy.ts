import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A primary contact's personnummer fingerprint (keyed hash), as users already have: a person
 * asking what is held about them is found by personnummer without decrypting every contact.
 * Rows written before this migration get theirs the first time a person is looked up
 * (privacy/person-find.ts), since a migration has no data key. And the bureau's retention:
 * sent messages and drafts are removed after that many days (null keeps them).
 */
export class Privacy1765200000000 implements MigrationInterface {
  name = 'Privacy1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'primary_contacts',
      new TableColumn({ name: 'personnummer_fp', type: 'varchar', length: '64', isNullable: true }),
    );
    await q.addColumn(
      'bureau',
      new TableColumn({ name: 'retention_days', type: 'integer', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('bureau', 'retention_days');
    await q.dropColumn('primary_contacts', 'personnummer_fp');
  }
}
