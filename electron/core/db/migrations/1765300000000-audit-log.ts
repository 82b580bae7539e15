import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The audit log read whole in the app, filtered and paged newest first: each filter gets an
 * index ending in the id, so one filter walks its entries in page order with no sort, and a
 * date range reads only its days. (By customer there is one already: idx_audit_customer.)
 */
const INDEXES = [
  new TableIndex({ name: 'idx_audit_actor', columnNames: ['actor', 'id'] }),
  new TableIndex({ name: 'idx_audit_entity', columnNames: ['entity', 'action', 'id'] }),
  new TableIndex({ name: 'idx_audit_entity_id', columnNames: ['entity_id', 'id'] }),
  new TableIndex({ name: 'idx_audit_at', columnNames: ['at'] }),
];

export class AuditLog1765300000000 implements MigrationInterface {
  name = 'AuditLog1765300000000';

  async up(q: QueryRunner): Promise<void> {
    // One at a time: TypeORM's createIndices starts them all at once, and each reads the table's
    // schema while the others change it (on SQLite it then fails now and then).
    for (const index of INDEXES) await q.createIndex('audit_log', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.dropIndex('audit_log', index.name ?? '');
  }
}
