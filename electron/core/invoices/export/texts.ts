/**
 * The Swedish words the XLSX and PDF exports share, so that a change reads the same in both and
 * in the same words the UI uses.
 */
import { swedishDay } from '../../../../shared/domain/months';
import type { InvoiceMethod, Payer } from '../../../../shared/schemas/customer';
import type {
  InvoiceChange,
  InvoiceLine,
  InvoiceSummary,
  InvoiceWarning,
  InvoicingState,
} from '../../../../shared/schemas/invoices';

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2030-03` → "mars 2030". */
export function monthName(month: string): string {
  const [year, mon] = month.split('-');
  return `${MONTHS[Number(mon) - 1] ?? mon} ${year}`;
}

export const KIND_NAMES: Record<InvoiceLine['kind'], string> = {
  licence: 'Licens',
  addon: 'Tilläggstjänst',
};

/** What one à-price buys: the "Enhet" of an invoice line. */
export const UNIT_NAMES: Record<InvoiceLine['unit'], string> = {
  licence: 'licens',
  user: 'användare',
  customer: 'kund',
  item: 'st',
};

const PAYER_NAMES: Record<Payer, string> = { bureau: 'byrån', customer: 'kunden' };
const METHOD_NAMES: Record<InvoiceMethod, string> = {
  collective: 'samlingsfaktura',
  email: 'e-post (PDF)',
  'e-invoice': 'e-faktura',
  paper: 'pappersfaktura',
};

/** "Kunden betalar, e-post (PDF)": how a customer invoiced by Blikk directly gets its invoice. */
export function invoicingText({ payer, method }: InvoicingState): string {
  const who = PAYER_NAMES[payer];
  return `${who.charAt(0).toUpperCase()}${who.slice(1)} betalar, ${METHOD_NAMES[method]}`;
}

const COUNT = new Intl.NumberFormat('sv-SE');

/** "16 782": Swedish digit grouping for counts printed as text. */
export const formatCount = (n: number): string => COUNT.format(n);

/** Add-on codes → names, from the lines of the month (a change names a code only). */
export function addonNames(summary: InvoiceSummary): Map<string, string> {
  const names = new Map<string, string>();
  for (const customer of summary.customers) {
    for (const line of customer.lines) if (line.kind === 'addon') names.set(line.code, line.name);
  }
  return names;
}

/**
 * A change without its date, for a sheet that has the date in a column of its own. `arrow` joins
 * the licence counts: the PDF's font has no → and passes "till".
 */
export function changeText(change: InvoiceChange, names: Map<string, string>, arrow = '→'): string {
  switch (change.kind) {
    case 'joined':
      return 'Ny kund';
    case 'licences':
      return change.from === null
        ? `Licenser ${change.to}`
        : `Licenser ${change.from} ${arrow} ${change.to}`;
    case 'addonStarted':
      return `Tilläggstjänst ${names.get(change.code) ?? change.code} startad`;
    case 'addonEnded':
      return `Tilläggstjänst ${names.get(change.code) ?? change.code} avslutad`;
    case 'invoicing':
      return change.to.payer === 'bureau' && change.to.method === 'collective'
        ? 'Bytt till samlingsfaktura'
        : `Bytt till: ${invoicingText(change.to).toLowerCase()}`;
  }
}

/** "Licenser 12 → 15 från 2030-02-15", "Ny kund 2030-01-10". */
export function changeSentence(
  change: InvoiceChange,
  names: Map<string, string>,
  arrow = '→',
): string {
  const from = change.kind === 'licences' ? 'från ' : '';
  return `${changeText(change, names, arrow)} ${from}${change.date}`;
}

/** A timestamp as the Swedish calendar day it fell on: "2030-04-02". */
export function dayOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso.slice(0, 10) : swedishDay(date);
}

/** "Stängd 2030-04-02 av Anna Ek". */
export function closedText(closed: NonNullable<InvoiceSummary['closed']>): string {
  const by = closed.actor.trim() ? ` av ${closed.actor.trim()}` : '';
  return `Stängd ${dayOf(closed.at)}${by}`;
}

export const EXAMPLE_WARNING = 'Exempelpriser – ersätt med byråns egen prislista';
export const DIFFERS_NOTE =
  'Uppgifterna har ändrats sedan månaden stängdes: underlaget visar siffrorna från stängningen.';

/** "Åkesson Bygg AB: tilläggstjänsten kvitto saknas i prislistan och faktureras inte". */
export function warningText(warning: InvoiceWarning, summary: InvoiceSummary): string {
  const customer = summary.customers.find((c) => c.id === warning.customerId);
  const who = customer ? `${customer.name}: ` : '';
  return `${who}tilläggstjänsten ${warning.addonCode} saknas i prislistan och faktureras inte`;
}
