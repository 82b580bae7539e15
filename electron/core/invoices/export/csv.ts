import { VAT_PERCENT } from '../../../../shared/domain/money';
import type { CustomerInvoice, InvoiceSummary } from '../../../../shared/schemas/invoices';
import { csvBytes, ore, type CsvCell } from '../../import/csv-writer';
import { KIND_NAMES } from './texts';

const HEADER = [
  'Månad',
  'Organisationsnummer',
  'Kund',
  'Typ',
  'Kod',
  'Benämning',
  'Antal',
  'À-pris',
  'Belopp',
  'Listpris à',
  'Listbelopp',
  'Marginal',
];

/**
 * One row per line of the bureau's collective invoice, then the totals with their amount in the
 * Belopp column. Customers invoiced by Blikk directly are not on it, so not here either.
 */
export function csvInvoiceBytes(summary: InvoiceSummary): Buffer {
  return csvBytes([
    HEADER,
    ...summary.customers.flatMap((c) => customerRows(summary.month, c)),
    ...totalRows(summary),
  ]);
}

function customerRows(month: string, customer: CustomerInvoice): CsvCell[][] {
  return customer.lines.map((line) => [
    month,
    customer.orgnr,
    customer.name,
    KIND_NAMES[line.kind],
    line.code,
    line.name,
    line.quantity,
    ore(line.unitPriceOre),
    ore(line.amountOre),
    ore(line.listUnitPriceOre),
    ore(line.listAmountOre),
    ore(line.marginOre),
  ]);
}

function totalRows(s: InvoiceSummary): CsvCell[][] {
  // Typ names the total; Belopp holds it (the list total and margin only exist before VAT).
  const total = (label: string, amount: number, list: CsvCell[] = []): CsvCell[] => [
    s.month,
    '',
    '',
    label,
    '',
    '',
    '',
    '',
    ore(amount),
    ...list,
  ];
  return [
    total('Summa exkl. moms', s.totalExclVatOre, [
      '',
      ore(s.listTotalExclVatOre),
      ore(s.marginOre),
    ]),
    total(`Moms ${VAT_PERCENT} %`, s.vatOre),
    total('Summa inkl. moms', s.totalInclVatOre),
    total('Öresavrundning', s.roundingOre),
    total('Att betala', s.payableOre),
  ];
}
