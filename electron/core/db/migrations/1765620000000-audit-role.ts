import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The database role that wrote each audit entry (issue 16 item 3). On a team database every
 * staff member connects as their own PostgreSQL role, and the column's default, `current_user`,
 * is evaluated by the server in the writing session: every way an entry is inserted (one at a
 * time, in bulk, from the import's worker) records it without the services knowing. The bureau's
 * staff name (`actor`) stays what the desktop says; this is what the server knows. On SQLite
 * there are no roles: the column stays empty.
 */
export class AuditRole1765620000000 implements MigrationInterface {
  name = 'AuditRole1765620000000';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === 'postgres';
    await q.addColumn(
      'audit_log',
      new TableColumn({
        name: 'db_role',
        // PostgreSQL's names are at most 63 bytes.
        type: 'varchar',
        length: '63',
        isNullable: true,
        ...(postgres ? { default: 'current_user' } : {}),
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('audit_log', 'db_role');
  }
}
