import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../../shared/schemas/app';
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
function toAuditRow(input: AuditInput, at: string, actor: string): Omit<AuditRow, 'id'> | null {
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

export async function listAudit(
  ctx: ServiceContext,
  query: { customerId?: string | undefined; limit?: number | undefined },
): Promise<AuditEntry[]> {
  const rows = await ctx.ds.getRepository(AuditEntity).find({
    where: query.customerId ? { customerId: query.customerId } : {},
    order: { id: 'DESC' },
    take: query.limit ?? 200,
  });
  return rows.map(toEntry);
}

export function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entityId,
    customerId: row.customerId,
    action: row.action as AuditEntry['action'],
    subject: row.subject,
    before: row.beforeJson ? (JSON.parse(row.beforeJson) as Record<string, unknown>) : null,
    after: row.afterJson ? (JSON.parse(row.afterJson) as Record<string, unknown>) : null,
  };
}
