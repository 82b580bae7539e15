import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type { AddonUnit, CustomerAddon } from '../../../shared/schemas/invoices';
import { writeAudit } from '../audit/audit-service';
import { isoNow, type ServiceContext } from '../context';
import { CustomerAddonEntity, type CustomerAddonRow } from '../db/invoicing-entities';
import { assertCustomer } from '../settings/settings-service';
import { assertMonthsOpen } from './month-lock';
import { readPriceLists } from './price-list-service';

export async function listAddons(
  ctx: ServiceContext,
  customerId: string,
): Promise<CustomerAddon[]> {
  const m = ctx.ds.manager;
  await assertCustomer(m, customerId);
  const rows = await m.find(CustomerAddonEntity, {
    where: { customerId },
    order: { activeFrom: 'ASC', createdAt: 'ASC' },
  });
  const names = await addonNames(m);
  return rows.map((row) => toAddon(row, names));
}

/** Activates an add-on from the price list for a customer, audited. */
export async function addAddon(
  ctx: ServiceContext,
  input: {
    customerId: string;
    code: string;
    from: string;
    to?: string | undefined;
    quantity: number;
  },
): Promise<CustomerAddon> {
  const to = input.to ?? null;
  assertDates(input.from, to);
  const added = await ctx.ds.transaction(async (m) => {
    await assertCustomer(m, input.customerId);
    const names = await addonNames(m);
    const known = names.get(input.code);
    if (!known)
      throw new AppError('addon.unknown', 'Finns inte i prislistan', { code: input.code });
    await assertMonthsOpen(m, input.from, to);
    const now = isoNow(ctx);
    const row: CustomerAddonRow = {
      id: randomUUID(),
      customerId: input.customerId,
      code: input.code,
      quantity: known.unit === 'item' ? input.quantity : 1,
      activeFrom: input.from,
      activeTo: to,
      createdAt: now,
      updatedAt: now,
    };
    await m.insert(CustomerAddonEntity, row);
    await audit(ctx, m, row, 'create', null, { ...row });
    return toAddon(row, names);
  });
  ctx.emit('invoices:changed', {});
  return added;
}

/** Sets (or clears, with null) the last day an add-on is active. */
export async function endAddon(
  ctx: ServiceContext,
  input: { id: string; to: string | null },
): Promise<CustomerAddon> {
  const ended = await ctx.ds.transaction(async (m) => {
    const row = await findAddon(m, input.id);
    assertDates(row.activeFrom, input.to);
    if (row.activeTo === input.to) return toAddon(row, await addonNames(m));
    // The months from the earlier end to the later one change; an open end reaches every month.
    const ends = [row.activeTo, input.to];
    await assertMonthsOpen(
      m,
      minOf(ends) ?? row.activeFrom,
      ends.includes(null) ? null : maxOf(ends),
    );
    const updated = { ...row, activeTo: input.to, updatedAt: isoNow(ctx) };
    await m.update(
      CustomerAddonEntity,
      { id: row.id },
      { activeTo: input.to, updatedAt: updated.updatedAt },
    );
    await audit(ctx, m, row, 'update', { activeTo: row.activeTo }, { activeTo: input.to });
    return toAddon(updated, await addonNames(m));
  });
  ctx.emit('invoices:changed', {});
  return ended;
}

export async function deleteAddon(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.ds.transaction(async (m) => {
    const row = await findAddon(m, id);
    await assertMonthsOpen(m, row.activeFrom, row.activeTo);
    await m.delete(CustomerAddonEntity, { id });
    await audit(ctx, m, row, 'delete', { ...row }, null);
  });
  ctx.emit('invoices:changed', {});
  return null;
}

async function findAddon(m: EntityManager, id: string): Promise<CustomerAddonRow> {
  const row = await m.findOne(CustomerAddonEntity, { where: { id } });
  if (!row) throw new AppError('addon.notFound', 'Tilläggstjänsten finns inte', { id });
  return row;
}

function assertDates(from: string, to: string | null): void {
  if (to !== null && to < from)
    throw new AppError('addon.dates', 'Slutar före start', { from, to });
}

const minOf = (values: (string | null)[]) => values.filter((v) => v !== null).sort()[0] ?? null;
const maxOf = (values: (string | null)[]) =>
  values
    .filter((v) => v !== null)
    .sort()
    .at(-1) ?? null;

/** Each code's name and unit from the newest price list that has it. */
async function addonNames(
  m: EntityManager,
): Promise<Map<string, { name: string; unit: AddonUnit }>> {
  const names = new Map<string, { name: string; unit: AddonUnit }>();
  // Newest first: the first list that has a code names it.
  for (const list of await readPriceLists(m)) {
    for (const a of list.addons)
      if (!names.has(a.code)) names.set(a.code, { name: a.name, unit: a.unit });
  }
  return names;
}

function toAddon(
  row: CustomerAddonRow,
  names: Map<string, { name: string; unit: AddonUnit }>,
): CustomerAddon {
  const known = names.get(row.code);
  return {
    id: row.id,
    customerId: row.customerId,
    code: row.code,
    name: known?.name ?? row.code,
    unit: known?.unit ?? null,
    quantity: row.quantity,
    activeFrom: row.activeFrom,
    activeTo: row.activeTo,
    createdAt: row.createdAt,
  };
}

function audit(
  ctx: ServiceContext,
  m: EntityManager,
  row: CustomerAddonRow,
  action: 'create' | 'update' | 'delete',
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  return writeAudit(ctx, m, {
    entity: `addon.${row.code}`,
    entityId: row.id,
    customerId: row.customerId,
    action,
    before,
    after,
  });
}
