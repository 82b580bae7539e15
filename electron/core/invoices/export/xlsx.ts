import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { VAT_PERCENT } from '../../../../shared/domain/money';
import type { CustomerInvoice, InvoiceSummary } from '../../../../shared/schemas/invoices';
import type { ExportContext } from './export-service';
import {
  addonNames,
  changeText,
  closedText,
  DIFFERS_NOTE,
  EXAMPLE_WARNING,
  invoicingText,
  monthName,
  UNIT_NAMES,
  warningText,
} from './texts';
import { addHeader, addRow, sheetName, type XCell } from './xlsx-sheet';

export const SUMMARY_SHEET = 'Sammanställning';
const SUMMARY_COLUMNS = [
  'Kund',
  'Organisationsnummer',
  'Licenser',
  'Belopp exkl. moms',
  'Listpris belopp',
  'Marginal',
];
const SUMMARY_WIDTHS = [40, 20, 10, 20, 18, 16];
const LINE_COLUMNS = [
  'Artikel',
  'Benämning',
  'Antal',
  'Enhet',
  'À-pris',
  'Belopp',
  'Listpris à',
  'Listbelopp',
  'Marginal',
];
const LINE_WIDTHS = [14, 32, 8, 11, 14, 16, 14, 16, 14];
/** Name, organisation number, licences and a blank row stand above a customer's lines. */
const CUSTOMER_HEADER_ROW = 5;
/** A total: bold, under a line. */
const TOTAL = { bold: true, ruleAbove: true };
const LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  paperSize: 9, // A4
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/**
 * The month as a workbook: a summary sheet, then one sheet per customer with its lines and
 * changes. Streamed, because a bureau with 2,000 customers gets 2,001 sheets.
 */
export async function xlsxBytes(summary: InvoiceSummary, context: ExportContext): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => out.on('end', resolve).on('error', reject));
  // Loaded here, not at start: every CLI command would pay for it (see electron/cli/entry.js).
  const { default: excel } = await import('exceljs');
  const book = new excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  book.creator = 'Kundstart';
  book.created = new Date(context.generatedAt);
  const taken = new Set([SUMMARY_SHEET.toLowerCase()]);
  summarySheet(book, summary, context);
  const names = addonNames(summary);
  for (const customer of summary.customers) {
    const name = sheetName(`${customer.orgnr} ${customer.name}`, taken);
    customerSheet(book.addWorksheet(name, sheetOptions(CUSTOMER_HEADER_ROW)), customer, names);
  }
  await book.commit();
  await ended;
  return Buffer.concat(chunks);
}

/** Frozen above the column header; printed landscape, one page wide. */
function sheetOptions(headerRow: number): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: LANDSCAPE,
  };
}

function summarySheet(
  book: ExcelJS.Workbook,
  summary: InvoiceSummary,
  context: ExportContext,
): void {
  const notes = summaryNotes(summary);
  // Two title rows, the notes and a blank row stand above the column header.
  const sheet = book.addWorksheet(SUMMARY_SHEET, sheetOptions(notes.length + 4));
  sheet.columns = SUMMARY_WIDTHS.map((width) => ({ width }));
  addRow(sheet, [context.bureauName], { bold: true, size: 14 });
  addRow(sheet, [`Samlingsfaktura ${monthName(summary.month)}`], { bold: true, size: 12 });
  for (const note of notes) addRow(sheet, note.cells, { italic: note.italic, bold: note.bold });
  addRow(sheet, []);
  addHeader(sheet, SUMMARY_COLUMNS);
  for (const c of summary.customers) {
    const cells = [c.name, c.orgnr, c.licences, ...amounts(c.subtotalOre, c.listSubtotalOre)];
    addRow(sheet, cells);
  }
  totalRows(sheet, summary);
  warningRows(sheet, summary);
  directRows(sheet, summary);
}

interface Note {
  cells: XCell[];
  bold?: boolean;
  italic?: boolean;
}

/** The lines under the title: which prices, whether closed, and what to beware of. */
function summaryNotes(summary: InvoiceSummary): Note[] {
  const notes: Note[] = [
    { cells: ['Prislista gäller från', { day: summary.priceList.effectiveFrom }] },
  ];
  if (summary.priceList.example) notes.push({ cells: [EXAMPLE_WARNING], bold: true });
  if (summary.closed) {
    notes.push({ cells: [closedText(summary.closed)] });
    if (summary.closed.differs) notes.push({ cells: [DIFFERS_NOTE], italic: true });
  }
  return notes;
}

/** Reseller amount, list amount and the margin between them. */
function amounts(resellerOre: number, listOre: number): XCell[] {
  return [{ ore: resellerOre }, { ore: listOre }, { ore: listOre - resellerOre }];
}

function totalRows(sheet: ExcelJS.Worksheet, s: InvoiceSummary): void {
  const total = (label: string, ore: number): XCell[] => [label, null, null, { ore }];
  const sums = amounts(s.totalExclVatOre, s.listTotalExclVatOre);
  addRow(sheet, ['Summa exkl. moms', null, s.licences, ...sums], TOTAL);
  addRow(sheet, total(`Moms ${VAT_PERCENT} %`, s.vatOre));
  addRow(sheet, total('Summa inkl. moms', s.totalInclVatOre));
  addRow(sheet, total('Öresavrundning', s.roundingOre));
  addRow(sheet, total('Att betala', s.payableOre), TOTAL);
}

function warningRows(sheet: ExcelJS.Worksheet, summary: InvoiceSummary): void {
  if (!summary.warnings.length) return;
  addRow(sheet, []);
  addRow(sheet, ['Att kontrollera'], { bold: true });
  for (const warning of summary.warnings) addRow(sheet, [warningText(warning, summary)]);
}

/** Customers Blikk invoices itself: listed so nobody is forgotten, never summed. */
function directRows(sheet: ExcelJS.Worksheet, summary: InvoiceSummary): void {
  addRow(sheet, []);
  addRow(sheet, ['Faktureras direkt av Blikk (ingår inte i summan)'], { bold: true });
  if (!summary.direct.length) {
    addRow(sheet, ['Inga'], { italic: true });
    return;
  }
  addHeader(sheet, ['Kund', 'Organisationsnummer', 'Licenser', 'Fakturering']);
  for (const d of summary.direct) addRow(sheet, [d.name, d.orgnr, d.licences, invoicingText(d)]);
}

function customerSheet(
  sheet: ExcelJS.Worksheet,
  customer: CustomerInvoice,
  names: Map<string, string>,
): void {
  sheet.columns = LINE_WIDTHS.map((width) => ({ width }));
  addRow(sheet, [customer.name], { bold: true, size: 13 });
  addRow(sheet, ['Organisationsnummer', customer.orgnr]);
  addRow(sheet, ['Licenser', customer.licences]);
  addRow(sheet, []);
  addHeader(sheet, LINE_COLUMNS);
  for (const line of customer.lines) {
    addRow(sheet, [
      line.code,
      line.name,
      line.quantity,
      UNIT_NAMES[line.unit],
      { ore: line.unitPriceOre },
      { ore: line.amountOre },
      { ore: line.listUnitPriceOre },
      { ore: line.listAmountOre },
      { ore: line.marginOre },
    ]);
  }
  const { subtotalOre, listSubtotalOre, marginOre } = customer;
  // Under Belopp, Listbelopp and Marginal: the columns that add up.
  const subtotal: XCell[] = ['Summa exkl. moms', null, null, null, null, { ore: subtotalOre }];
  addRow(sheet, [...subtotal, null, { ore: listSubtotalOre }, { ore: marginOre }], TOTAL);
  changeRows(sheet, customer, names);
}

function changeRows(
  sheet: ExcelJS.Worksheet,
  customer: CustomerInvoice,
  names: Map<string, string>,
): void {
  addRow(sheet, []);
  addRow(sheet, ['Ändringar under månaden'], { bold: true });
  if (!customer.changes.length) {
    addRow(sheet, ['Inga'], { italic: true });
    return;
  }
  addHeader(sheet, ['Datum', 'Ändring']);
  for (const change of customer.changes) {
    addRow(sheet, [{ day: change.date }, changeText(change, names)]);
  }
}
