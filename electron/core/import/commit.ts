import type { EntityManager } from 'typeorm';
import { actorName, writeAuditMany } from '../audit/audit-service';
import { bulkInsert, jsonLayoutOf } from '../db/bulk-insert';
import { AuditEntity, UserEntity } from '../db/entities';
import type { ServiceContext } from '../context';
import type { PlannedImport, StatementLayouts } from './planner';

/**
 * Writes a plan's steps in the caller's transaction as the planner hands them out: new users
 * inserted and matched users updated in multi-row statements, one audit row each. `onProgress`
 * lets a long import report, and a throw from it (cancel) rolls everything back.
 */
export async function writeSteps(
  ctx: ServiceContext,
  m: EntityManager,
  planned: PlannedImport,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  let done = 0;
  for (let step = await planned.nextStep(); step; step = await planned.nextStep()) {
    if ('statements' in step) {
      for (const { sql, params } of step.statements) await m.query(sql, params);
      done += step.count;
    } else {
      // One statement kind for both: a matched user's row replaces its stored values in place.
      await bulkInsert(m, UserEntity, step.users, { upsert: true });
      await writeAuditMany(ctx, m, step.audits);
      done += step.users.length;
    }
    onProgress?.(done, planned.changed);
  }
}

/** Where the planner may build statements (SQLite), the layouts it builds them with. */
export async function statementLayouts(m: EntityManager): Promise<StatementLayouts | null> {
  const users = await jsonLayoutOf(m, UserEntity, { upsert: true });
  const audit = await jsonLayoutOf(m, AuditEntity);
  return users && audit ? { users, audit, actor: await actorName(m) } : null;
}
