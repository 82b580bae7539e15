import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Who or what an audit entry is about ("Bo Ask"), written with the entry: the history names a
 * user even when the change left the name out, and after the user is deleted.
 */
export class AuditSubject1764720000000 implements MigrationInterface {
  name = 'AuditSubject1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'audit_log',
      new TableColumn({ name: 'subject', type: 'varchar', length: '200', default: "''" }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('audit_log', 'subject');
  }
}
