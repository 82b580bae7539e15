import { AppError } from '../../../shared/errors';
import type { BlikkUser, Reconciliation } from '../../../shared/schemas/blikk';
import { isoNow, type ServiceContext } from '../context';
import { assertCustomer } from '../settings/settings-service';
import { readLicences } from '../users/licence-service';
import { createBlikkClient } from './client';
import { blikkApiUrl, loadCredentials } from './connection-service';
import { matchUsers } from './match';
import { preparedOf } from './prepared-user';
import { readStored, writeFailure, writeStored, type StoredResult } from './result-store';

export { cancelReconcileAll, reconcileAll } from './reconcile-all';
export { resolveDifference } from './resolve';

/**
 * Reads the customer's users from Blikk and stores the comparison (encrypted). Nothing about the
 * prepared users changes. A failed reading is recorded (code, time) and the last successful
 * result stays as it was; a cancelled one records nothing.
 */
export async function reconcile(
  ctx: ServiceContext,
  customerId: string,
  signal?: AbortSignal,
): Promise<Reconciliation> {
  await assertCustomer(ctx.ds.manager, customerId);
  const credentials = await loadCredentials(ctx, customerId);
  let users: BlikkUser[];
  try {
    const baseUrl = await blikkApiUrl(ctx);
    users = await createBlikkClient(credentials, { baseUrl, now: ctx.now, signal }).listUsers();
  } catch (err) {
    const failure = failureOf(err, signal);
    if (failure.code !== 'blikk.cancelled') {
      await ctx.ds.transaction((m) => writeFailure(m, customerId, failure.code, isoNow(ctx)));
      ctx.emit('blikk:changed', { customerIds: [customerId] });
    }
    throw failure;
  }
  const result = await ctx.ds.transaction(async (m) => {
    const stored = compare(ctx, customerId, users, await inputsOf(ctx, customerId, m));
    await writeStored(m, ctx.cipher, stored, stored.result.reconciledAt);
    return stored.result;
  });
  ctx.emit('blikk:changed', { customerIds: [customerId] });
  return result;
}

/** The last stored result (readable offline), or null when never reconciled. */
export async function lastReconciliation(
  ctx: ServiceContext,
  customerId: string,
): Promise<Reconciliation | null> {
  await assertCustomer(ctx.ds.manager, customerId);
  return (await readStored(ctx.ds.manager, ctx.cipher, customerId))?.result ?? null;
}

type Inputs = Awaited<ReturnType<typeof inputsOf>>;

async function inputsOf(
  ctx: ServiceContext,
  customerId: string,
  m: Parameters<typeof preparedOf>[0],
) {
  // One after another: `m` may be a transaction's single connection (see user-rules.ts).
  const prepared = await preparedOf(m, customerId);
  const licences = await readLicences(m, customerId);
  const previous = await readStored(m, ctx.cipher, customerId);
  return { prepared, invoiced: licences.licences, previous: previous?.result ?? null };
}

function compare(
  ctx: ServiceContext,
  customerId: string,
  users: BlikkUser[],
  inputs: Inputs,
): StoredResult {
  const { accept, ...found } = matchUsers({
    prepared: inputs.prepared.users,
    blikk: users,
    profiles: inputs.prepared.profiles,
    fingerprint: (digits) => ctx.cipher.fingerprint(digits),
    previous: inputs.previous,
    today: ctx.now(),
  });
  const result: Reconciliation = {
    customerId,
    reconciledAt: isoNow(ctx),
    blikkUsers: users.length,
    ...found,
    licences: { inUse: users.filter((u) => u.licensed).length, invoiced: inputs.invoiced },
  };
  return { result, accept };
}

/** The code a failed reading is recorded with; anything not Blikk's own is an internal error. */
function failureOf(err: unknown, signal: AbortSignal | undefined): AppError {
  if (signal?.aborted) return new AppError('blikk.cancelled');
  if (err instanceof AppError) return err;
  return new AppError('internal', err instanceof Error ? err.message : String(err));
}
