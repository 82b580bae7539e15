import { VAT_PERCENT } from '../../../../shared/domain/money';
import { firstDayOf, lastDayOf } from '../../../../shared/domain/months';
import type { CustomerInvoice, InvoiceSummary } from '../../../../shared/schemas/invoices';
import { csvBytes, ore, type CsvCell } from '../../import/csv-writer';

const HEADER = [
  'Organisationsnummer',
  'Kund',
  'Artikel',
  'Benämning',
  'Antal',
  'À-pris',
  'Belopp',
  'Moms %',
  'Period från',
  'Period till',
];

/**
 * Vidarefakturering: what the bureau invoices each customer, at LIST price, one row per line,
 * for import into the bureau's own invoicing system. Amounts exclude VAT; the system adds it.
 */
export function basisBytes(summary: InvoiceSummary): Buffer {
  const period = [firstDayOf(summary.month), lastDayOf(summary.month)];
  return csvBytes([HEADER, ...summary.customers.flatMap((c) => customerRows(c, period))]);
}

function customerRows(customer: CustomerInvoice, period: string[]): CsvCell[][] {
  return customer.lines.map((line) => [
    customer.orgnr,
    customer.name,
    line.code,
    line.name,
    line.quantity,
    ore(line.listUnitPriceOre),
    ore(line.listAmountOre),
    VAT_PERCENT,
    ...period,
  ]);
}
