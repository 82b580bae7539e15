import type { EntityManager } from 'typeorm';
import { writeAuditMany } from '../audit/audit-service';
import { bulkInsert } from '../db/bulk-insert';
import { UserEntity } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { buildRow } from '../users/user-row';
import { auditViewOf } from '../users/user-mapper';
import type { PlannedRow } from './plan';

/** Rows written between progress reports (and cancel checks): a few tenths of a second. */
const WRITE_STEP = 5000;

/**
 * Writes the accepted rows in the caller's transaction, a step at a time: new users inserted and
 * matched users updated in multi-row statements, one audit row each. `onProgress` lets a long
 * import report, and a throw from it (cancel) rolls everything back.
 */
export async function applyPlan(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  rows: PlannedRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const now = isoNow(ctx);
  const changed = rows.filter((r) => r.kind !== 'unchanged');
  for (let start = 0; start < changed.length; start += WRITE_STEP) {
    const step = changed.slice(start, start + WRITE_STEP);
    await writeStep(ctx, m, customerId, step, now);
    onProgress?.(start + step.length, changed.length);
  }
}

/** One step's users and their audit rows, built per step: a large file is not held twice over. */
async function writeStep(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  step: PlannedRow[],
  now: string,
) {
  const written = step.map((r) => ({
    before: r.matched,
    after: buildRow(ctx, customerId, r.id, r.fields, r.matched, now),
  }));
  // One statement kind for both: a matched user's row replaces its stored values in place.
  await bulkInsert(
    m,
    UserEntity,
    written.map((w) => w.after),
    { upsert: true },
  );
  await writeAuditMany(
    ctx,
    m,
    written.map(({ before, after }) => ({
      entity: 'user',
      entityId: after.id,
      customerId,
      action: before ? ('update' as const) : ('create' as const),
      before: before ? auditViewOf(before, ctx.cipher) : null,
      after: { ...auditViewOf(after, ctx.cipher), source: 'import' },
    })),
  );
}
