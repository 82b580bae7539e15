import type { EntityManager } from 'typeorm';
import { writeAuditMany } from '../audit/audit-service';
import { bulkInsert } from '../db/bulk-insert';
import { UserEntity } from '../db/entities';
import type { ServiceContext } from '../context';
import type { PlannedImport } from './planner';

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
    // One statement kind for both: a matched user's row replaces its stored values in place.
    await bulkInsert(m, UserEntity, step.users, { upsert: true });
    await writeAuditMany(ctx, m, step.audits);
    done += step.users.length;
    onProgress?.(done, planned.changed);
  }
}
