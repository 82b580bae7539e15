import { AppError } from '../../../shared/errors';
import type {
  BlikkReconcileAllInput,
  BlikkReconcileAllResult,
  BlikkResolveInput,
  Reconciliation,
} from '../../../shared/schemas/blikk';
import type { ServiceContext } from '../context';

const notBuilt = () => new AppError('internal', 'Inte byggt ännu');

/** Reads the customer's users from Blikk and stores the comparison (encrypted). */
export async function reconcile(
  _ctx: ServiceContext,
  _customerId: string,
): Promise<Reconciliation> {
  throw notBuilt();
}

/** The last stored result (readable offline), or null when never reconciled. */
export async function lastReconciliation(
  _ctx: ServiceContext,
  _customerId: string,
): Promise<Reconciliation | null> {
  throw notBuilt();
}

/** Every connected customer (or the given ones), a few at a time, with blikk:progress. */
export async function reconcileAll(
  _ctx: ServiceContext,
  _input: BlikkReconcileAllInput,
): Promise<BlikkReconcileAllResult> {
  throw notBuilt();
}

export async function cancelReconcileAll(_ctx: ServiceContext): Promise<null> {
  throw notBuilt();
}

/** accept: the prepared user takes Blikk's value; keep: recorded. Both audited. */
export async function resolveDifference(
  _ctx: ServiceContext,
  _input: BlikkResolveInput,
): Promise<Reconciliation> {
  throw notBuilt();
}
