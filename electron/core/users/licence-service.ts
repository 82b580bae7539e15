import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type { LicenceState } from '../../../shared/schemas/users';
import { actorName, writeAudit } from '../audit/audit-service';
import {
  CollaborationEntity,
  CustomerEntity,
  LicenceChangeEntity,
  UserEntity,
} from '../db/entities';
import { isoNow, swedishToday, type ServiceContext } from '../context';
import { assertCustomer } from '../settings/settings-service';
import { assertMonthsOpen } from '../invoices/month-lock';
import { dialectOf } from '../db/dialect';

export async function getLicences(ctx: ServiceContext, customerId: string): Promise<LicenceState> {
  return readLicences(ctx.ds.manager, customerId);
}

export async function readLicences(m: EntityManager, customerId: string): Promise<LicenceState> {
  await assertCustomer(m, customerId);
  const collaboration = await m.findOneOrFail(CollaborationEntity, { where: { customerId } });
  const roles: { role: string; n: string | number }[] = await m
    .createQueryBuilder(UserEntity, 'u')
    .select('u.role', 'role')
    .addSelect('COUNT(*)', 'n')
    .where('u.customer_id = :customerId', { customerId })
    .groupBy('u.role')
    .getRawMany();
  const count = (role: string) => Number(roles.find((r) => r.role === role)?.n ?? 0);
  const history = await m.find(LicenceChangeEntity, {
    where: { customerId },
    order: { effectiveFrom: 'DESC', id: 'DESC' },
  });
  return {
    customerId,
    licences: collaboration.licences,
    assigned: {
      reporter: count('reporter'),
      approver: count('approver'),
      admin: count('admin'),
      total: count('reporter') + count('approver') + count('admin'),
    },
    history: history.map(({ effectiveFrom, count: n, changedAt, actor }) => ({
      effectiveFrom,
      count: n,
      changedAt,
      actor,
    })),
  };
}

/**
 * Changes the number of licences bought, kept in the history with its date (the monthly
 * invoice bills from it). Never below 1, never below the users who hold one.
 */
export async function setLicences(
  ctx: ServiceContext,
  input: { customerId: string; count: number; from?: string | undefined },
): Promise<LicenceState> {
  if (input.count < 1) throw new AppError('licences.min', 'Minst en licens', { field: 'count' });
  const state = await ctx.ds.transaction(async (m) => {
    await dialectOf(m.connection).lockCustomer(m, input.customerId);
    const before = await readLicences(m, input.customerId);
    await recordLicences(ctx, m, input.customerId, input.count, input.from, before);
    return readLicences(m, input.customerId);
  });
  ctx.emit('customers:changed', { ids: [input.customerId] });
  ctx.emit('users:changed', { customerId: input.customerId });
  return state;
}

/** Inside the caller's transaction: customers:update changes licences through here too. */
export async function recordLicences(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  count: number,
  from: string | undefined,
  before: LicenceState,
): Promise<void> {
  if (count < before.assigned.total) {
    throw new AppError('licences.belowUsers', 'Fler användare än licenser', {
      licences: count,
      users: before.assigned.total,
    });
  }
  if (count === before.licences) return;
  const now = isoNow(ctx);
  const effectiveFrom = from ?? swedishToday(ctx);
  await assertMonthsOpen(m, effectiveFrom, null);
  await m.insert(LicenceChangeEntity, {
    customerId,
    effectiveFrom,
    count,
    changedAt: now,
    actor: await actorName(m),
  });
  // A back-dated change slots into the history; the licences bought now stay the newest entry's.
  const newest = await m.findOneOrFail(LicenceChangeEntity, {
    where: { customerId },
    order: { effectiveFrom: 'DESC', id: 'DESC' },
  });
  await m.update(CollaborationEntity, { customerId }, { licences: newest.count, updatedAt: now });
  // The licences are a field of the customer's form: one opened before this is stale now.
  await m.increment(CustomerEntity, { id: customerId }, 'recordVersion', 1);
  await writeAudit(ctx, m, {
    entity: 'licences',
    entityId: customerId,
    customerId,
    action: 'update',
    before: { licences: before.licences },
    after: { licences: count, from: effectiveFrom },
  });
}

/** The first entry of a new customer's history. */
export async function startHistory(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  count: number,
) {
  const now = isoNow(ctx);
  await m.insert(LicenceChangeEntity, {
    customerId,
    effectiveFrom: swedishToday(ctx),
    count,
    changedAt: now,
    actor: await actorName(m),
  });
}

/** Refuses adding users beyond the licences bought, saying by how many. */
export async function assertCapacity(m: EntityManager, customerId: string, adding: number) {
  await dialectOf(m.connection).lockCustomer(m, customerId);
  const collaboration = await m.findOneOrFail(CollaborationEntity, { where: { customerId } });
  const users = await m.count(UserEntity, { where: { customerId } });
  if (users + adding > collaboration.licences) {
    throw new AppError('licences.exceeded', 'Alla licenser är använda', {
      licences: collaboration.licences,
      needed: users + adding,
    });
  }
}
