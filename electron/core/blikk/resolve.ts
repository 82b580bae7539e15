import { AppError } from '../../../shared/errors';
import type {
  BlikkDifference,
  BlikkResolveInput,
  Reconciliation,
} from '../../../shared/schemas/blikk';
import { actorName, writeAudit } from '../audit/audit-service';
import { isoNow, type ServiceContext } from '../context';
import { UserEntity } from '../db/entities';
import { assertCustomer } from '../settings/settings-service';
import { fieldsOf } from '../users/user-mapper';
import { saveUser } from '../users/user-service';
import { isVerified } from './match';
import { readStored, writeStored, type StoredResult } from './result-store';

/**
 * Staff's choice on one difference of the last reconciliation. accept: the prepared user takes
 * Blikk's value through the users service (its rules and audit), and the difference leaves the
 * result. keep: the prepared value stays (Blikk is to be corrected), recorded with when and by
 * whom, and carried over while Blikk's value stays the same. Both choices are audited.
 */
export async function resolveDifference(
  ctx: ServiceContext,
  input: BlikkResolveInput,
): Promise<Reconciliation> {
  await assertCustomer(ctx.ds.manager, input.customerId);
  const { difference, patch } = await findDifference(ctx, input);
  if (input.choice === 'accept') {
    if (!patch) throw new AppError('blikk.notAcceptable', undefined, { field: difference.field });
    const user = await ctx.ds.manager.findOne(UserEntity, {
      where: { id: difference.userId, customerId: input.customerId },
    });
    if (!user) throw new AppError('blikk.differenceGone');
    await saveUser(ctx, {
      customerId: input.customerId,
      id: user.id,
      fields: { ...fieldsOf(user), ...patch },
    });
  }
  const result = await ctx.ds.transaction(async (m) => {
    const stored = await readStored(m, ctx.cipher, input.customerId);
    if (!stored) throw new AppError('blikk.notReconciled');
    const by = await actorName(m);
    const next = applyChoice(stored, difference.id, input.choice, { at: isoNow(ctx), by });
    await writeStored(m, ctx.cipher, next);
    await writeAudit(ctx, m, {
      entity: 'blikkDifference',
      entityId: difference.id,
      customerId: input.customerId,
      action: 'create',
      before: null,
      after: {
        choice: input.choice,
        field: difference.field,
        prepared: difference.prepared,
        blikk: difference.blikk,
      },
      subject: difference.user,
    });
    return next.result;
  });
  ctx.emit('blikk:changed', { customerIds: [input.customerId] });
  return result;
}

async function findDifference(ctx: ServiceContext, input: BlikkResolveInput) {
  const stored = await readStored(ctx.ds.manager, ctx.cipher, input.customerId);
  if (!stored) throw new AppError('blikk.notReconciled');
  const difference = stored.result.differences.find((d) => d.id === input.differenceId);
  if (!difference) throw new AppError('blikk.differenceGone');
  return { difference, patch: stored.accept[difference.id] ?? null };
}

/** The stored result after a choice: an accepted difference is gone, a kept one marked. */
function applyChoice(
  stored: StoredResult,
  id: string,
  choice: BlikkResolveInput['choice'],
  kept: NonNullable<BlikkDifference['kept']>,
): StoredResult {
  const differences =
    choice === 'accept'
      ? stored.result.differences.filter((d) => d.id !== id)
      : stored.result.differences.map((d) => (d.id === id ? { ...d, kept } : d));
  const accept = { ...stored.accept };
  if (choice === 'accept') delete accept[id];
  const result = { ...stored.result, differences };
  return { result: { ...result, verified: isVerified(result) }, accept };
}
