import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addMonths, firstDayOf, monthOf } from '../../../shared/domain/months';
import { actorName, writeAuditMany } from '../audit/audit-service';
import { swedishToday, type ServiceContext } from '../context';
import { bulkInsert } from '../db/bulk-insert';
import {
  BureauEntity,
  CollaborationEntity,
  LicenceChangeEntity,
  UserEntity,
  type LicenceChangeRow,
} from '../db/entities';
import {
  CustomerAddonEntity,
  InvoicingChangeEntity,
  type CustomerAddonRow,
  type InvoicingChangeRow,
} from '../db/invoicing-entities';
import { assertMonthsOpen } from '../invoices/month-lock';
import { readPriceLists } from '../invoices/price-list-service';
import { mulberry32 } from './generate';
import { planHistory, type AddonPrice, type CustomerNow, type HistoryPlan } from './history-plan';

export interface HistoryResult {
  months: number;
  /** The history's first day; null when none was made. */
  from: string | null;
  customers: number;
  licenceChanges: number;
  invoicingChanges: number;
  addons: number;
}

type Planned = { customer: CustomerNow; plan: HistoryPlan };

/**
 * Gives customers the demo just created `months` months of past, ending with the current month:
 * their licence and invoicing histories are replaced by generated ones that start on the first
 * month's first day and end in today's state, and some get add-ons of the newest price list.
 * One transaction of bulk inserts, so thousands of customers take seconds. Refused when the
 * period reaches a closed month: what was exported must stay reproducible.
 */
export async function seedDemoHistory(
  ctx: ServiceContext,
  opts: { customerIds: string[]; months: number; seed: number },
): Promise<HistoryResult> {
  if (opts.months < 1 || opts.customerIds.length === 0) return counted(opts.months, null, []);
  const today = swedishToday(ctx);
  const start = historyStart(ctx, opts.months);
  const planned = await ctx.ds.transaction(async (m) => {
    await assertMonthsOpen(m, start, null);
    const bureau = await m.findOne(BureauEntity, { where: { id: 1 } });
    const period = { start, today, collectiveAllowed: Boolean(bureau?.resellerAgreement) };
    const addons = await newestAddons(m);
    const rng = mulberry32(opts.seed * 7_919 + opts.months);
    const customers = await currentState(m, opts.customerIds);
    const all = customers.map((customer) => ({
      customer,
      plan: planHistory(rng, customer, period, addons),
    }));
    await replaceHistories(ctx, m, all);
    return all;
  });
  ctx.emit('customers:changed', { ids: opts.customerIds });
  ctx.emit('invoices:changed', {});
  return counted(opts.months, start, planned);
}

/** The first day of a history of `months` months that ends with the current month. */
export function historyStart(ctx: ServiceContext, months: number): string {
  return firstDayOf(addMonths(monthOf(swedishToday(ctx)), 1 - Math.max(1, months)));
}

function counted(months: number, from: string | null, planned: Planned[]): HistoryResult {
  const total = (count: (p: HistoryPlan) => number) =>
    planned.reduce((sum, { plan }) => sum + count(plan), 0);
  return {
    months,
    from,
    customers: planned.length,
    // The first entry of each history is where it starts, not a change.
    licenceChanges: total((p) => p.licences.length - 1),
    invoicingChanges: total((p) => p.invoicing.length - 1),
    addons: total((p) => p.addons.length),
  };
}

/** "Installed price list": the add-on codes of the newest version. */
async function newestAddons(m: EntityManager): Promise<AddonPrice[]> {
  const [newest] = await readPriceLists(m);
  return (newest?.addons ?? []).map(({ code, unit }) => ({ code, unit }));
}

/** Each customer's licences, users and invoicing today, in the order given. */
async function currentState(m: EntityManager, ids: string[]): Promise<CustomerNow[]> {
  const rows = await m.find(CollaborationEntity, {
    select: { customerId: true, licences: true, payer: true, method: true },
  });
  const collaborations = new Map(rows.map((c) => [c.customerId, c]));
  const counts = await m
    .createQueryBuilder(UserEntity, 'u')
    .select('u.customer_id', 'customerId')
    .addSelect('COUNT(*)', 'n')
    .groupBy('u.customer_id')
    .getRawMany<{ customerId: string; n: number | string }>();
  const userCount = new Map(counts.map((u) => [u.customerId, Number(u.n)]));
  return ids.flatMap((id) => {
    const c = collaborations.get(id);
    if (!c) return [];
    const users = userCount.get(id) ?? 0;
    return [{ id, licences: c.licences, users, payer: c.payer, method: c.method }];
  });
}

async function replaceHistories(ctx: ServiceContext, m: EntityManager, planned: Planned[]) {
  const ids = planned.map((p) => p.customer.id);
  await deleteFor(m, LicenceChangeEntity, ids);
  await deleteFor(m, InvoicingChangeEntity, ids);
  const actor = await actorName(m);
  const at = (day: string) => `${day}T09:00:00.000Z`;
  const each = <T>(rows: (p: Planned) => T[]) => planned.flatMap(rows);
  // bulkInsert leaves out the generated id column, so rows without one are what it needs.
  const licences = each(({ customer, plan }) =>
    plan.licences.map((l) => ({
      customerId: customer.id,
      ...l,
      changedAt: at(l.effectiveFrom),
      actor,
    })),
  );
  await bulkInsert(m, LicenceChangeEntity, licences as LicenceChangeRow[]);
  const invoicing = each(({ customer, plan }) =>
    plan.invoicing.map((i) => ({
      customerId: customer.id,
      ...i,
      changedAt: at(i.effectiveFrom),
      actor,
    })),
  );
  await bulkInsert(m, InvoicingChangeEntity, invoicing as InvoicingChangeRow[]);
  const addons: CustomerAddonRow[] = each(({ customer, plan }) =>
    plan.addons.map((a) => ({
      id: randomUUID(),
      customerId: customer.id,
      ...a,
      createdAt: at(a.activeFrom),
      updatedAt: at(a.activeFrom),
    })),
  );
  await bulkInsert(m, CustomerAddonEntity, addons);
  await writeAuditMany(ctx, m, planned.map(auditOf));
}

async function deleteFor(
  m: EntityManager,
  entity: typeof LicenceChangeEntity | typeof InvoicingChangeEntity,
  ids: string[],
) {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await m
      .createQueryBuilder()
      .delete()
      .from(entity)
      .where('customer_id IN (:...chunk)', { chunk })
      .execute();
  }
}

function auditOf({ customer, plan }: Planned) {
  return {
    entity: 'demoHistory',
    entityId: customer.id,
    customerId: customer.id,
    action: 'create' as const,
    before: null,
    after: {
      from: plan.licences[0]?.effectiveFrom ?? null,
      licences: plan.licences.map((l) => `${l.effectiveFrom}: ${l.count}`),
      invoicing: plan.invoicing.map((i) => `${i.effectiveFrom}: ${i.payer}/${i.method}`),
      addons: plan.addons.map((a) => a.code),
      demo: true,
    },
  };
}
