import { AppError } from '../../../shared/errors';
import type {
  BlikkReconcileAllInput,
  BlikkReconcileAllResult,
} from '../../../shared/schemas/blikk';
import type { ServiceContext } from '../context';
import { BlikkConnectionEntity } from '../db/blikk-entities';
import { reconcile } from './reconcile-service';

/** Customers read at once: their calls share one rate limit per address, so more gains nothing. */
export const RECONCILE_AT_ONCE = 4;

/** The run in progress per open database (one at a time): what cancel aborts. */
const running = new WeakMap<ServiceContext['ds'], AbortController>();

/**
 * Every connected customer (or the given ones), four at a time, with `blikk:progress` after each.
 * One customer's failure is recorded and the others go on; cancel stops what is in flight and
 * skips the rest. A second run while one is going is refused (blikk.busy).
 */
export async function reconcileAll(
  ctx: ServiceContext,
  input: BlikkReconcileAllInput,
): Promise<BlikkReconcileAllResult> {
  if (running.has(ctx.ds)) throw new AppError('blikk.busy');
  const controller = new AbortController();
  running.set(ctx.ds, controller);
  try {
    const ids = input.customerIds ?? (await connectedCustomers(ctx));
    return await inTurn(ctx, ids, controller.signal);
  } finally {
    running.delete(ctx.ds);
  }
}

export async function cancelReconcileAll(ctx: ServiceContext): Promise<null> {
  running.get(ctx.ds)?.abort();
  return null;
}

async function connectedCustomers(ctx: ServiceContext): Promise<string[]> {
  const rows = await ctx.ds.manager.find(BlikkConnectionEntity, { select: { customerId: true } });
  return rows.map((r) => r.customerId);
}

async function inTurn(
  ctx: ServiceContext,
  ids: string[],
  signal: AbortSignal,
): Promise<BlikkReconcileAllResult> {
  const total = ids.length;
  const failed: BlikkReconcileAllResult['failed'] = [];
  let next = 0;
  let done = 0;
  let reconciled = 0;
  ctx.emit('blikk:progress', { done, total });
  const worker = async () => {
    while (!signal.aborted && next < total) {
      const customerId = ids[next++] as string;
      try {
        await reconcile(ctx, customerId, signal);
        reconciled++;
      } catch (err) {
        const code = err instanceof AppError ? err.code : 'internal';
        if (code !== 'blikk.cancelled') failed.push({ customerId, code });
      }
      if (signal.aborted) return;
      ctx.emit('blikk:progress', { done: ++done, total });
    }
  };
  await Promise.all(Array.from({ length: Math.min(RECONCILE_AT_ONCE, total) }, worker));
  return { total, reconciled, failed, cancelled: signal.aborted };
}
