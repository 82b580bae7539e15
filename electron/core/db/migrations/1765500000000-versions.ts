import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every record staff edit in a form carries a version (issue 16 item 3): 1 when made, one more
 * on each write, imports included. A save names the version it was read at and is refused
 * (conflict.stale) when a colleague wrote in between. Named record_version because
 * collaborations.version is the Blikk edition. Plain ALTER TABLE, the same on both engines:
 * TypeORM's addColumn rebuilds a SQLite table, which is slow for 100,000 users and loses nothing
 * we want it to touch.
 */
const TABLES = ['bureau', 'customers', 'users', 'customer_settings', 'reporting_profiles'];

export class Versions1765500000000 implements MigrationInterface {
  name = 'Versions1765500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN record_version integer NOT NULL DEFAULT 1`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN record_version`);
  }
}
