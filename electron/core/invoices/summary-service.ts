import { In, type EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { lastDayOf, monthsEnding } from '../../../shared/domain/months';
import type { InvoiceSummary, PriceList, TrendPoint } from '../../../shared/schemas/invoices';
import { actorName, writeAudit } from '../audit/audit-service';
import { isoNow, swedishToday, type ServiceContext } from '../context';
import { ClosedMonthEntity, type ClosedMonthRow } from '../db/invoicing-entities';
import { computeSummary, type InvoiceData } from './compute';
import { loadInvoiceData } from './invoice-data';
import { versionFor } from './month-lock';
import { readPriceLists } from './price-list-service';

type OpenSummary = Omit<InvoiceSummary, 'closed'>;

/** The month's summary: computed from the histories, or as frozen when the month was closed. */
export async function getSummary(ctx: ServiceContext, month: string): Promise<InvoiceSummary> {
  const m = ctx.ds.manager;
  const closed = await m.findOne(ClosedMonthEntity, { where: { month } });
  return closed ? frozen(m, closed) : { ...(await computeOpen(m, month)), closed: null };
}

async function computeOpen(m: EntityManager, month: string): Promise<OpenSummary> {
  const priceList = versionFor(await readPriceLists(m), month);
  if (!priceList) throw new AppError('prices.none', 'Ingen prislista för månaden', { month });
  return computeSummary(await loadInvoiceData(m, lastDayOf(month)), month, priceList);
}

/** The stored summary, and whether today's data would now give another one (flagged, not used). */
async function frozen(m: EntityManager, row: ClosedMonthRow): Promise<InvoiceSummary> {
  const stored = JSON.parse(row.summaryJson) as OpenSummary;
  const now = await computeOpen(m, row.month).catch(() => null);
  return asClosed(stored, row, now === null || JSON.stringify(now) !== row.summaryJson);
}

function asClosed(summary: OpenSummary, row: ClosedMonthRow, differs: boolean): InvoiceSummary {
  return { ...summary, closed: { at: row.closedAt, actor: row.actor, differs } };
}

/** Freezes a month that has ended: what was exported stays reproducible. */
export async function closeMonth(ctx: ServiceContext, month: string): Promise<InvoiceSummary> {
  const today = swedishToday(ctx);
  if (lastDayOf(month) >= today) {
    throw new AppError('month.notEnded', 'Månaden är inte slut', { month, today });
  }
  const summary = await ctx.ds.transaction(async (m) => {
    const existing = await m.findOne(ClosedMonthEntity, { where: { month } });
    if (existing) return frozen(m, existing);
    const open = await computeOpen(m, month);
    const row: ClosedMonthRow = {
      month,
      priceListId: open.priceList.id,
      summaryJson: JSON.stringify(open),
      closedAt: isoNow(ctx),
      actor: await actorName(m),
    };
    await m.insert(ClosedMonthEntity, row);
    await writeAudit(ctx, m, {
      entity: 'invoiceMonth',
      entityId: month,
      customerId: null,
      action: 'create',
      before: null,
      after: {
        closed: month,
        totalExclVatOre: open.totalExclVatOre,
        customers: open.customers.length,
      },
    });
    // Just computed from the same data: it cannot differ, and need not be computed again.
    return asClosed(open, row, false);
  });
  ctx.emit('invoices:changed', {});
  return summary;
}

/** Opens a closed month again (the UI asks first): it is then computed from today's data. */
export async function reopenMonth(ctx: ServiceContext, month: string): Promise<InvoiceSummary> {
  await ctx.ds.transaction(async (m) => {
    const existing = await m.findOne(ClosedMonthEntity, { where: { month } });
    if (!existing) throw new AppError('month.notClosed', 'Månaden är inte stängd', { month });
    await m.delete(ClosedMonthEntity, { month });
    await writeAudit(ctx, m, {
      entity: 'invoiceMonth',
      entityId: month,
      customerId: null,
      action: 'delete',
      before: { closed: month, closedAt: existing.closedAt, by: existing.actor },
      after: null,
    });
  });
  ctx.emit('invoices:changed', {});
  return getSummary(ctx, month);
}

/** Licences and amounts for the months ending with `month`, from one load of the histories. */
export async function trend(
  ctx: ServiceContext,
  month: string,
  count: number,
): Promise<TrendPoint[]> {
  const m = ctx.ds.manager;
  const months = monthsEnding(month, count);
  const lists = await readPriceLists(m);
  const closed = new Map(
    // Only the months shown: each stored summary holds every customer's lines.
    (await m.find(ClosedMonthEntity, { where: { month: In(months) } })).map((row) => [
      row.month,
      JSON.parse(row.summaryJson) as OpenSummary,
    ]),
  );
  const data = await loadInvoiceData(m, lastDayOf(month));
  return months.map((each) => {
    const frozenSummary = closed.get(each);
    const priceList = versionFor(lists, each);
    const summary = frozenSummary ?? (priceList ? computeSummary(data, each, priceList) : null);
    return summary ? point(each, summary, closed.has(each)) : unpriced(each, data);
  });
}

function point(month: string, s: OpenSummary, closed: boolean): TrendPoint {
  return {
    month,
    priced: true,
    customers: s.customers.length,
    licences: s.licences,
    totalExclVatOre: s.totalExclVatOre,
    listTotalExclVatOre: s.listTotalExclVatOre,
    marginOre: s.marginOre,
    closed,
  };
}

/** Prices a month before the first price list at zero: its licences still show. */
const NO_PRICES: PriceList = {
  id: '',
  effectiveFrom: '',
  currency: 'SEK',
  licence: { listOre: 0, resellerOre: 0 },
  addons: [],
  example: false,
  note: '',
  createdAt: '',
  actor: '',
  locked: false,
};

function unpriced(month: string, data: InvoiceData): TrendPoint {
  return { ...point(month, computeSummary(data, month, NO_PRICES), false), priced: false };
}
