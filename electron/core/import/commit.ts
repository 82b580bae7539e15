import type { EntityManager } from 'typeorm';
import { writeAuditMany } from '../audit/audit-service';
import { bulkInsert } from '../db/bulk-insert';
import { UserEntity, type UserEntityRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { buildRow } from '../users/user-service';
import { auditViewOf } from '../users/user-mapper';
import type { PlannedRow } from './plan';

/**
 * Writes the accepted rows in the caller's transaction: new users inserted in multi-row chunks,
 * matched users updated, one audit row each. `onProgress` lets a long import report, and a
 * throw from it (cancel) rolls everything back.
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
  const written: { before: UserEntityRow | null; after: UserEntityRow }[] = changed.map((r) => ({
    before: r.matched,
    after: buildRow(ctx, customerId, r.id, r.fields, r.matched, now),
  }));
  const inserts = written.filter((w) => !w.before).map((w) => w.after);
  const updates = written.filter((w) => w.before).map((w) => w.after);
  let done = 0;
  for (let i = 0; i < inserts.length; i += 1000) {
    const chunk = inserts.slice(i, i + 1000);
    await bulkInsert(m, UserEntity, chunk);
    onProgress?.((done += chunk.length), changed.length);
  }
  for (let i = 0; i < updates.length; i += 300) {
    const chunk = updates.slice(i, i + 300);
    await m.save(UserEntity, chunk);
    onProgress?.((done += chunk.length), changed.length);
  }
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
