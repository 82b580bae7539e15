/**
 * The month's collective-invoice summary, computed from the histories: pure, so it is tested with
 * hand-computed figures and run for twelve months from one load. Amounts are integers in öre.
 */
import { roundingToKrona, vatOf } from '../../../shared/domain/money';
import { dayBefore, firstDayOf, lastDayOf } from '../../../shared/domain/months';
import { formatOrganisationsnummer } from '../../../shared/domain/organisationsnummer';
import type { InvoiceMethod, Payer } from '../../../shared/schemas/customer';
import type {
  CustomerInvoice,
  DirectCustomer,
  InvoiceChange,
  InvoiceLine,
  InvoiceSummary,
  InvoiceWarning,
  PriceList,
} from '../../../shared/schemas/invoices';

export interface Dated {
  effectiveFrom: string;
}
export type LicenceEntry = Dated & { count: number };
export type InvoicingEntry = Dated & { payer: Payer; method: InvoiceMethod };
export interface AddonEntry {
  code: string;
  quantity: number;
  activeFrom: string;
  activeTo: string | null;
}

/** Everything the summary reads, histories sorted oldest first (ties in the order recorded). */
export interface InvoiceData {
  customers: { id: string; orgnr: string; name: string }[];
  licences: Map<string, LicenceEntry[]>;
  invoicing: Map<string, InvoicingEntry[]>;
  addons: Map<string, AddonEntry[]>;
}

export const LICENCE_LINE = { code: 'easy', name: 'Blikk Easy, licens' } as const;

const swedish = new Intl.Collator('sv');

/** The entry in force on `day`: the last one that took effect on or before it. */
export function inForce<T extends Dated>(history: readonly T[] | undefined, day: string): T | null {
  let found: T | null = null;
  for (const entry of history ?? []) {
    if (entry.effectiveFrom > day) break;
    found = entry;
  }
  return found;
}

const isCollective = (e: InvoicingEntry | null) =>
  e?.payer === 'bureau' && e.method === 'collective';

export function computeSummary(
  data: InvoiceData,
  month: string,
  priceList: PriceList,
): Omit<InvoiceSummary, 'closed'> {
  const last = lastDayOf(month);
  const customers: CustomerInvoice[] = [];
  const direct: DirectCustomer[] = [];
  const warnings: InvoiceWarning[] = [];
  for (const customer of data.customers) {
    const licences = inForce(data.licences.get(customer.id), last);
    if (!licences) continue; // not a customer yet at the month's end
    const invoicing = inForce(data.invoicing.get(customer.id), last);
    const ref = { ...customer, orgnr: formatOrganisationsnummer(customer.orgnr) };
    if (!invoicing || !isCollective(invoicing)) {
      const changes = changesOf(data, customer.id, month);
      direct.push({ ...ref, licences: licences.count, ...payerOf(invoicing), changes });
      continue;
    }
    const lines = linesOf(data, customer.id, month, licences.count, priceList, warnings);
    const subtotalOre = sum(lines, (l) => l.amountOre);
    const listSubtotalOre = sum(lines, (l) => l.listAmountOre);
    customers.push({
      ...ref,
      licences: licences.count,
      lines,
      subtotalOre,
      listSubtotalOre,
      marginOre: listSubtotalOre - subtotalOre,
      changes: changesOf(data, customer.id, month),
    });
  }
  const byName = (a: { name: string; orgnr: string }, b: { name: string; orgnr: string }) =>
    swedish.compare(a.name, b.name) || a.orgnr.localeCompare(b.orgnr);
  customers.sort(byName);
  direct.sort(byName);
  return totals(month, priceList, customers, direct, warnings);
}

function totals(
  month: string,
  priceList: PriceList,
  customers: CustomerInvoice[],
  direct: DirectCustomer[],
  warnings: InvoiceWarning[],
): Omit<InvoiceSummary, 'closed'> {
  const totalExclVatOre = sum(customers, (c) => c.subtotalOre);
  const listTotalExclVatOre = sum(customers, (c) => c.listSubtotalOre);
  // VAT on the invoice's total, not per line, and rounded to the öre once.
  const vatOre = vatOf(totalExclVatOre);
  const totalInclVatOre = totalExclVatOre + vatOre;
  const roundingOre = roundingToKrona(totalInclVatOre);
  return {
    month,
    currency: 'SEK',
    priceList: {
      id: priceList.id,
      effectiveFrom: priceList.effectiveFrom,
      example: priceList.example,
    },
    customers,
    direct,
    licences: sum(customers, (c) => c.licences),
    totalExclVatOre,
    vatOre,
    totalInclVatOre,
    roundingOre,
    payableOre: totalInclVatOre + roundingOre,
    listTotalExclVatOre,
    marginOre: listTotalExclVatOre - totalExclVatOre,
    warnings,
  };
}

function linesOf(
  data: InvoiceData,
  customerId: string,
  month: string,
  licences: number,
  priceList: PriceList,
  warnings: InvoiceWarning[],
): InvoiceLine[] {
  const { listOre, resellerOre } = priceList.licence;
  const lines = [
    line(
      'licence',
      LICENCE_LINE.code,
      LICENCE_LINE.name,
      'licence',
      licences,
      resellerOre,
      listOre,
    ),
  ];
  for (const [code, quantity] of activeAddons(data.addons.get(customerId), month)) {
    const price = priceList.addons.find((a) => a.code === code);
    if (!price) {
      warnings.push({ code: 'addon.unpriced', customerId, addonCode: code });
      continue;
    }
    const count = price.unit === 'customer' ? 1 : price.unit === 'user' ? licences : quantity;
    lines.push(
      line('addon', code, price.name, price.unit, count, price.resellerOre, price.listOre),
    );
  }
  return lines;
}

/**
 * Add-ons active on any day of the month, one per code: an add-on ended and started again in
 * the same month is billed once (the larger quantity), as a monthly fee is.
 */
function activeAddons(addons: AddonEntry[] | undefined, month: string): Map<string, number> {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const active = new Map<string, number>();
  for (const a of addons ?? []) {
    if (a.activeFrom > last || (a.activeTo !== null && a.activeTo < first)) continue;
    active.set(a.code, Math.max(active.get(a.code) ?? 0, a.quantity));
  }
  return active;
}

function line(
  kind: InvoiceLine['kind'],
  code: string,
  name: string,
  unit: InvoiceLine['unit'],
  quantity: number,
  unitPriceOre: number,
  listUnitPriceOre: number,
): InvoiceLine {
  const amountOre = quantity * unitPriceOre;
  const listAmountOre = quantity * listUnitPriceOre;
  return {
    kind,
    code,
    name,
    unit,
    quantity,
    unitPriceOre,
    amountOre,
    listUnitPriceOre,
    listAmountOre,
    marginOre: listAmountOre - amountOre,
  };
}

/** What happened in the month: a new customer, licence and invoicing changes, add-ons. */
export function changesOf(data: InvoiceData, customerId: string, month: string): InvoiceChange[] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const within = (day: string) => day >= first && day <= last;
  const changes: InvoiceChange[] = [];
  const licences = data.licences.get(customerId) ?? [];
  const start = licences[0];
  if (start && within(start.effectiveFrom))
    changes.push({ kind: 'joined', date: start.effectiveFrom });
  let previous = inForce(licences, dayBefore(first))?.count ?? null;
  for (const entry of licences) {
    if (!within(entry.effectiveFrom)) continue;
    if (entry !== start && entry.count !== previous) {
      changes.push({
        kind: 'licences',
        date: entry.effectiveFrom,
        from: previous,
        to: entry.count,
      });
    }
    previous = entry.count;
  }
  let invoicing = inForce(data.invoicing.get(customerId), dayBefore(first));
  for (const entry of data.invoicing.get(customerId) ?? []) {
    if (!within(entry.effectiveFrom)) continue;
    if (invoicing && (invoicing.payer !== entry.payer || invoicing.method !== entry.method)) {
      changes.push({
        kind: 'invoicing',
        date: entry.effectiveFrom,
        from: payerOf(invoicing),
        to: payerOf(entry),
      });
    }
    invoicing = entry;
  }
  for (const a of data.addons.get(customerId) ?? []) {
    if (within(a.activeFrom))
      changes.push({ kind: 'addonStarted', date: a.activeFrom, code: a.code });
    if (a.activeTo !== null && within(a.activeTo)) {
      changes.push({ kind: 'addonEnded', date: a.activeTo, code: a.code });
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date));
}

function payerOf(entry: InvoicingEntry | null): { payer: Payer; method: InvoiceMethod } {
  return { payer: entry?.payer ?? 'customer', method: entry?.method ?? 'email' };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}
