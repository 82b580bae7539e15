import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { auditPageSql } from '../../electron/core/audit/audit-service';
import { sqliteDialect } from '../../electron/core/db/dialect/sqlite';
import type { OpenedCore } from '../../electron/core/open';
import type { AuditFilter } from '../../shared/schemas/app';
import { ACTORS, everyRow, matches, seedAudit } from './audit-seed';
import { collaboration, invoke, openTestCore, snapshot, tempDir, value } from './support';
import { TEST_ENGINE } from '../support/test-database';

const ENTRIES = 100_000;
let core: OpenedCore;
let cleanup: () => void;
let akesson: string;
let ekstrom: string;
let rows: Awaited<ReturnType<typeof everyRow>>;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  core = await openTestCore(join(tmp.dir, 'kundstart.db'));
  akesson = (await value(core, 'customers:create', collaboration())).id;
  const other = collaboration({
    customer: { name: 'Ekströms Redovisning AB', orgnr: '5560160680' },
  });
  ekstrom = (await value(core, 'customers:create', other)).id;
  await seedAudit(core, ENTRIES, [akesson, ekstrom, null]);
  rows = await everyRow(core);
}, 120_000);

afterAll(async () => {
  await core.close();
  cleanup();
});

/** Every page of the filter, following `before` from the newest entry to the oldest. */
async function allPages(filter: AuditFilter, limit = 1000) {
  const ids: number[] = [];
  for (let before: number | undefined; ;) {
    const page = await value(core, 'audit:list', { ...filter, before, limit });
    ids.push(...page.map((e) => e.id));
    if (page.length < limit) return ids;
    before = page.at(-1)!.id;
  }
}

const FILTERS: [string, () => AuditFilter][] = [
  ['customer', () => ({ customerId: ekstrom })],
  ['staff member', () => ({ actor: ACTORS[2]! })],
  ['kind', () => ({ entity: 'user', action: 'update' })],
  ['every section of the settings', () => ({ entity: 'settings.*', action: 'update' })],
  ['user', () => ({ userId: 'user-416' })],
  ['date range across summer time', () => ({ from: '2026-03-29', to: '2026-03-30' })],
  ['text in any case, Swedish letters too', () => ({ text: 'åkesson' })],
  ['all together', () => ({ customerId: akesson, actor: ACTORS[1]!, from: '2026-06-01' })],
];

describe('the audit log, filtered and paged, at 100,000 entries', () => {
  it.each(FILTERS)('by %s: every match once, newest first, and the count', async (_, make) => {
    const filter = make();
    const expected = rows.filter((r) => matches(r, filter)).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allPages(filter)).toEqual(expected);
    expect(await value(core, 'audit:count', filter)).toEqual({ count: expected.length });
  });

  it('a page holds the customer name and stops at the limit; the old callers still work', async () => {
    const page = await value(core, 'audit:list', { customerId: akesson, limit: 100 });
    expect(page).toHaveLength(100);
    expect(page[0]).toMatchObject({ customerName: 'Åkesson Bygg & Måleri AB' });
    expect(page.map((e) => e.id)).toEqual(
      rows
        .filter((r) => r.customerId === akesson)
        .slice(0, 100)
        .map((r) => r.id),
    );
    const defaults = await value(core, 'audit:list', {});
    expect(defaults.map((e) => e.id)).toEqual(rows.slice(0, 200).map((r) => r.id));
  });

  it('the count of the whole log and the staff members it names', async () => {
    expect(await value(core, 'audit:count', {})).toEqual({ count: rows.length });
    const actors = [...new Set(rows.map((r) => r.actor))].sort();
    expect(await value(core, 'audit:actors', {})).toEqual(actors);
  });

  // The plans are SQLite's (EXPLAIN QUERY PLAN): on PostgreSQL they run as skipped.
  const onSqlite = it.runIf(TEST_ENGINE === 'sqlite');

  onSqlite.each([
    ['customer', 'idx_audit_customer', () => ({ customerId: ekstrom })],
    ['staff member', 'idx_audit_actor', () => ({ actor: ACTORS[0]! })],
    ['kind', 'idx_audit_entity', () => ({ entity: 'user', action: 'create' as const })],
    ['section prefix', 'idx_audit_entity', () => ({ entity: 'settings.*' })],
    ['user', 'idx_audit_entity_id', () => ({ userId: 'user-3' })],
    ['date range', 'idx_audit_at', () => ({ from: '2026-05-01', to: '2026-05-02' })],
  ] as const)('the query plan of a page by %s uses %s', async (_, index, make) => {
    const { sql, params } = auditPageSql({ ...make(), limit: 100 }, sqliteDialect);
    const plan: { detail: string }[] = await core.context.ds.query(
      `EXPLAIN QUERY PLAN ${sql}`,
      params,
    );
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(new RegExp(`SEARCH a USING (COVERING )?INDEX ${index} `));
  });

  onSqlite('the plan of an unfiltered page walks the ids backwards, with no sort', async () => {
    const { sql, params } = auditPageSql({ before: 5000, limit: 100 }, sqliteDialect);
    const plan: { detail: string }[] = await core.context.ds.query(
      `EXPLAIN QUERY PLAN ${sql}`,
      params,
    );
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(/SEARCH a USING INTEGER PRIMARY KEY/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });

  it('refuses a range that ends before it starts, and a day that does not exist', async () => {
    const before = await snapshot(core);
    const reversed = await invoke(core, 'audit:list', { from: '2026-05-02', to: '2026-05-01' });
    expect(reversed).toMatchObject({ ok: false, error: { code: 'audit.dateRange' } });
    const missing = await invoke(core, 'audit:count', { from: '2026-02-30' });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'date.invalid', details: { field: 'from' } },
    });
    expect(await snapshot(core)).toEqual(before);
  });
});
