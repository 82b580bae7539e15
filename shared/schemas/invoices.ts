import { z } from 'zod';
import { kronorToOre } from '../domain/money';
import { isIsoDay, MONTH_PATTERN } from '../domain/months';
import type { FieldIssue } from '../errors';
import type { InvoiceMethod, Payer } from './customer';
import { id, isoDate, optionalText } from './common';

/** How an add-on service is counted: once per customer, per licensed user, or per item. */
export const ADDON_UNITS = ['customer', 'user', 'item'] as const;
export type AddonUnit = (typeof ADDON_UNITS)[number];

export const INVOICE_EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf', 'basis'] as const;
export type InvoiceExportFormat = (typeof INVOICE_EXPORT_FORMATS)[number];

export const month = z.string().regex(MONTH_PATTERN, 'YYYY-MM');
export const day = isoDate.refine(isIsoDay, 'not a date');

/** Kronor per month excluding VAT, at most two decimals (the price-list file's unit). */
const kronor = z
  .number()
  .min(0)
  .max(1_000_000)
  .refine((value) => kronorToOre(value) !== null, 'at most two decimals');
const addonCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'letters, digits, - and _');

/** DESIGN.md section 6: the file `prices import` reads, and what the price-list form sends. */
export const priceListInputSchema = z
  .object({
    effectiveFrom: day,
    currency: z.literal('SEK').default('SEK'),
    licence: z.object({ list: kronor, reseller: kronor }).strict(),
    addons: z
      .array(
        z
          .object({
            code: addonCode,
            name: z.string().trim().min(1).max(120),
            unit: z.enum(ADDON_UNITS),
            list: kronor,
            reseller: kronor,
          })
          .strict(),
      )
      .max(200)
      .default([]),
    /** Only the example list in resources/ says true: the UI warns while it is in use. */
    example: z.boolean().optional(),
    note: optionalText(500),
  })
  .strict();
export type PriceListInput = z.input<typeof priceListInputSchema>;

export interface PriceAddon {
  code: string;
  name: string;
  unit: AddonUnit;
  listOre: number;
  resellerOre: number;
}

export interface PriceList {
  id: string;
  effectiveFrom: string;
  currency: 'SEK';
  licence: { listOre: number; resellerOre: number };
  addons: PriceAddon[];
  example: boolean;
  note: string;
  createdAt: string;
  actor: string;
  /** It prices a closed month: it can no longer be changed or deleted. */
  locked: boolean;
}

/** What prices:save answers: the saved version, and what is unusual about it (saved anyway). */
export interface SavedPriceList extends PriceList {
  warnings: FieldIssue[];
}

export const addonAddSchema = z
  .object({
    customerId: id,
    code: addonCode,
    from: day,
    to: day.optional(),
    /** Items for unit `item`; ignored (1) for the other units. */
    quantity: z.number().int().min(1).max(100_000).default(1),
  })
  .strict();
export const addonEndSchema = z.object({ id, to: day.nullable() }).strict();

export interface CustomerAddon {
  id: string;
  customerId: string;
  code: string;
  /** From the newest price list that has the code; the code itself when none has. */
  name: string;
  unit: AddonUnit | null;
  quantity: number;
  activeFrom: string;
  activeTo: string | null;
  createdAt: string;
}

export const monthInputSchema = z.object({ month }).strict();
export const trendInputSchema = z
  .object({ month, months: z.number().int().min(1).max(36).default(12) })
  .strict();
export const invoiceExportSchema = z
  .object({ month, format: z.enum(INVOICE_EXPORT_FORMATS) })
  .strict();

export interface InvoiceLine {
  kind: 'licence' | 'addon';
  code: string;
  name: string;
  unit: 'licence' | AddonUnit;
  quantity: number;
  unitPriceOre: number;
  amountOre: number;
  listUnitPriceOre: number;
  listAmountOre: number;
  /** What the bureau keeps if it re-invoices at list price: list amount − reseller amount. */
  marginOre: number;
}

export interface InvoicingState {
  payer: Payer;
  method: InvoiceMethod;
}

/** What changed in the month, so the bureau sees why this month's invoice differs. */
export type InvoiceChange =
  | { kind: 'joined'; date: string }
  | { kind: 'licences'; date: string; from: number | null; to: number }
  | { kind: 'addonStarted'; date: string; code: string }
  | { kind: 'addonEnded'; date: string; code: string }
  | { kind: 'invoicing'; date: string; from: InvoicingState | null; to: InvoicingState };

export interface CustomerInvoice {
  id: string;
  /** Printed form NNNNNN-NNNN. */
  orgnr: string;
  name: string;
  licences: number;
  lines: InvoiceLine[];
  subtotalOre: number;
  listSubtotalOre: number;
  marginOre: number;
  changes: InvoiceChange[];
}

/** Invoiced by Blikk directly: listed apart, never summed. */
export interface DirectCustomer {
  id: string;
  orgnr: string;
  name: string;
  licences: number;
  payer: Payer;
  method: InvoiceMethod;
  /** The month's changes: a move off the collective invoice shows here. */
  changes: InvoiceChange[];
}

export interface InvoiceWarning {
  /** An active add-on whose code the month's price list does not have: not invoiced. */
  code: 'addon.unpriced';
  customerId: string;
  addonCode: string;
}

export interface InvoiceSummary {
  month: string;
  currency: 'SEK';
  priceList: { id: string; effectiveFrom: string; example: boolean };
  customers: CustomerInvoice[];
  direct: DirectCustomer[];
  licences: number;
  totalExclVatOre: number;
  vatOre: number;
  totalInclVatOre: number;
  /** Öresavrundning to whole kronor, and what is left to pay after it. */
  roundingOre: number;
  payableOre: number;
  listTotalExclVatOre: number;
  marginOre: number;
  warnings: InvoiceWarning[];
  /** Set once the month is closed: the summary is then the one frozen at closing. */
  closed: { at: string; actor: string; differs: boolean } | null;
}

/**
 * Why a customer's amount moved. `lineGone` / `lineNew`: a line on one month's invoice and not
 * the other that no change in this month explains (an add-on that ended last month).
 */
export type ComparisonReason =
  | InvoiceChange
  | { kind: 'left' }
  | { kind: 'prices'; from: string; to: string }
  | { kind: 'lineGone'; code: string }
  | { kind: 'lineNew'; code: string };

export interface ComparisonRow {
  id: string;
  orgnr: string;
  name: string;
  previousLicences: number | null;
  licences: number | null;
  previousSubtotalOre: number | null;
  subtotalOre: number | null;
  deltaOre: number;
  reasons: ComparisonReason[];
}

export interface InvoiceComparison {
  month: string;
  previousMonth: string;
  /** Only customers whose lines changed, joined or left. */
  rows: ComparisonRow[];
  unchanged: number;
  previousTotalExclVatOre: number | null;
  totalExclVatOre: number;
  deltaOre: number;
}

export interface TrendPoint {
  month: string;
  /** False before the first price list: no amounts, only licences. */
  priced: boolean;
  customers: number;
  licences: number;
  totalExclVatOre: number;
  listTotalExclVatOre: number;
  marginOre: number;
  closed: boolean;
}
