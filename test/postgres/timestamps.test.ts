// Points in time on a team database are timestamptz (migration Timestamps1765610000000), read back
// by the services as the same ISO-8601 strings SQLite keeps.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { collaboration, openTestCore, tempDir, value } from '../integration/support';
import { testDatabase } from '../support/test-database';

let dir: ReturnType<typeof tempDir>;
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  // The test clock: 10:00 UTC, 11:00 in Stockholm.
  core = await openTestCore(`${dir.dir}/kundstart.db`);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('times on a team database', () => {
  it('are timestamptz columns, every one the migrations made', async () => {
    const columns: { table: string; column: string; type: string }[] = await core.context.ds.query(
      `SELECT table_name AS "table", column_name AS "column", data_type AS type
       FROM information_schema.columns
       WHERE table_schema = 'public' AND (column_name = 'at' OR column_name LIKE '%\\_at')`,
    );
    expect(columns.length).toBeGreaterThan(30);
    expect(columns.filter((c) => c.type !== 'timestamp with time zone')).toEqual([]);
    expect(columns).toContainEqual({
      table: 'audit_log',
      column: 'at',
      type: 'timestamp with time zone',
    });
  });

  it('keep the instant from the service to the server and back', async () => {
    const created = await value(core, 'customers:create', collaboration());
    const ds = core.context.ds;
    const [row] = await ds.query(
      `SELECT created_at AS "createdAt", created_at = '2026-11-28 11:00:00+01' AS "sameInstant"
       FROM customers WHERE id = ?`,
      [created.id],
    );
    expect(row).toEqual({ createdAt: '2026-11-28T10:00:00.000Z', sameInstant: true });
    const [audit] = await ds.query('SELECT at FROM audit_log WHERE entity_id = ?', [created.id]);
    expect(audit).toEqual({ at: '2026-11-28T10:00:00.000Z' });
    // A colleague's tool in Stockholm's time zone reads the same instant, in its own clock.
    const other = new pg.Client({
      connectionString: await testDatabase(`${dir.dir}/kundstart.db`),
    });
    await other.connect();
    try {
      await other.query(`SET TimeZone = 'Europe/Stockholm'`);
      const { rows } = await other.query(
        `SELECT created_at::text AS shown, created_at AS at FROM customers WHERE id = $1`,
        [created.id],
      );
      expect(rows[0].shown).toBe('2026-11-28 11:00:00+01');
      expect((rows[0].at as Date).toISOString()).toBe('2026-11-28T10:00:00.000Z');
    } finally {
      await other.end();
    }
    const fetched = await value(core, 'customers:get', { id: created.id });
    expect(fetched.updatedAt).toBe('2026-11-28T10:00:00.000Z');
  });
});
