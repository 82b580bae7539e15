import type { EntityManager } from 'typeorm';
import type { AuditEntry, AuditFilter } from '../../../shared/schemas/app';
import { dialectOf, type Dialect } from '../db/dialect';
import { auditWhere } from './audit-filter';
import { AuditEntity, BureauEntity, type AuditRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { bulkInsert } from '../db/bulk-insert';

export interface AuditInput {
  entity: string;
  entityId: string;
  customerId: string | null;
  action: AuditEntry['action'];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Whom the entry is about; by default the name in `after` (or `before`), if it has one. */
  subject?: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** "Bo Ask" from a user's view, whole before the update is cut down to what changed. */
function subjectOf(input: AuditInput): string {
  if (input.subject !== undefined) return input.subject;
  const view = input.after ?? input.before;
  return `${text(view?.firstName)} ${text(view?.lastName)}`.trim();
}

/**
 * Writes one audit row inside the caller's transaction, so a change and its record commit or
 * roll back together. For updates only the fields that changed are kept.
 */
export async function writeAudit(
  ctx: ServiceContext,
  manager: EntityManager,
  input: AuditInput,
): Promise<void> {
  const row = toAuditRow(input, isoNow(ctx), '');
  if (row) await manager.insert(AuditEntity, { ...row, actor: await actorName(manager) });
}

/** The row for one change; null for an update that changed nothing. */
export function toAuditRow(
  input: AuditInput,
  at: string,
  actor: string,
): Omit<AuditRow, 'id'> | null {
  const { before, after } = input.action === 'update' ? changedOnly(input) : input;
  if (input.action === 'update' && before && Object.keys(before).length === 0) return null;
  return {
    at,
    actor,
    entity: input.entity,
    entityId: input.entityId,
    customerId: input.customerId,
    action: input.action,
    subject: subjectOf(input).slice(0, 200),
    beforeJson: before ? JSON.stringify(before) : null,
    afterJson: after ? JSON.stringify(after) : null,
  };
}

/** The staff member named in the bureau profile; who else could it be on a desktop? */
export async function actorName(manager: EntityManager): Promise<string> {
  const bureau = await manager.findOne(BureauEntity, { where: { id: 1 } });
  return bureau?.staffName?.trim() || 'Okänd användare';
}

function changedOnly(input: AuditInput) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(input.before ?? {}), ...Object.keys(input.after ?? {})]);
  for (const key of keys) {
    const a = input.before?.[key];
    const b = input.after?.[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      before[key] = a ?? null;
      after[key] = b ?? null;
    }
  }
  return { before, after };
}

/** Many audit rows in chunks, one actor look-up: bulk edits of thousands of users stay fast. */
export async function writeAuditMany(
  ctx: ServiceContext,
  manager: EntityManager,
  inputs: AuditInput[],
): Promise<void> {
  const actor = await actorName(manager);
  const at = isoNow(ctx);
  const rows = inputs.flatMap((input) => toAuditRow(input, at, actor) ?? []);
  await bulkInsert(manager, AuditEntity, rows as AuditRow[]);
}

/** The columns an entry is read with, its customer's name beside it. */
const ENTRY_COLUMNS = `a.id, a.at, a.actor, a.entity, a.entity_id AS "entityId", a.customer_id AS "customerId",
  a.action, a.subject, a.before_json AS "beforeJson", a.after_json AS "afterJson",
  a.db_role AS "dbRole", c.name AS "customerName"`;

type AuditQuery = AuditFilter & { before?: number | undefined; limit?: number | undefined };

/** The SQL of one page; exported for the test that reads its query plan. */
export function auditPageSql(
  query: AuditQuery,
  dialect: Dialect,
): { sql: string; params: unknown[] } {
  const where = auditWhere(query, dialect);
  return {
    sql: `SELECT ${ENTRY_COLUMNS} FROM audit_log a LEFT JOIN customers c ON c.id = a.customer_id
      ${where.sql} ORDER BY a.id DESC LIMIT ?`,
    params: [...where.params, query.limit ?? 200],
  };
}

/** One page of the log, newest first: never the whole log, which may hold 100,000 entries. */
export async function listAudit(ctx: ServiceContext, query: AuditQuery): Promise<AuditEntry[]> {
  const { sql, params } = auditPageSql(query, dialectOf(ctx.ds));
  const rows: (AuditRow & { customerName: string | null; dbRole: string | null })[] =
    await ctx.ds.query(sql, params);
  return rows.map(toEntry);
}

/** How many entries the filter matches, for the page's header. */
export async function countAudit(ctx: ServiceContext, filter: AuditFilter): Promise<number> {
  const where = auditWhere(filter, dialectOf(ctx.ds));
  const [row]: { count: number }[] = await ctx.ds.query(
    `SELECT count(*) AS count FROM audit_log a ${where.sql}`,
    where.params,
  );
  return row?.count ?? 0;
}

/** Every staff member the log names, A to Ö (the index on actor gives them in order). */
export async function auditActors(ctx: ServiceContext): Promise<string[]> {
  const rows: { actor: string }[] = await ctx.ds.query(
    'SELECT DISTINCT actor FROM audit_log ORDER BY actor',
  );
  return rows.map((r) => r.actor);
}

export function toEntry(
  row: AuditRow & { customerName?: string | null; dbRole?: string | null },
): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entityId,
    customerId: row.customerId,
    customerName: row.customerName ?? null,
    action: row.action as AuditEntry['action'],
    subject: row.subject,
    before: row.beforeJson ? (JSON.parse(row.beforeJson) as Record<string, unknown>) : null,
    after: row.afterJson ? (JSON.parse(row.afterJson) as Record<string, unknown>) : null,
    // Only where the server recorded one: entries from the own file stay as they were.
    ...(row.dbRole ? { dbRole: row.dbRole } : {}),
  };
}
