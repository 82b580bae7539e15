import { PassThrough } from 'node:stream';
import { kindName } from '../../../shared/audit/kinds';
import type { AuditEntry, AuditFilter } from '../../../shared/schemas/app';
import { swedishToday, type ServiceContext } from '../context';
import { csvBytes } from '../import/csv-writer';
import { addHeader, addRow } from '../invoices/export/xlsx-sheet';
import { listAudit } from './audit-service';

const HEADER = ['Tid', 'Personal', 'Händelse', 'Gäller', 'Kund', 'Ändringar'];
const WIDTHS = [20, 22, 30, 30, 32, 80];
/** Read a thousand at a time: an export of the whole log never holds it twice in memory. */
const CHUNK = 1000;

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'medium',
});

/** "2026-12-07 16:05:03": Swedish time, as the page shows it. */
export const swedishTime = (iso: string): string => STOCKHOLM.format(new Date(iso));

const valueText = (value: unknown): string =>
  value === null || value === undefined || value === ''
    ? '–'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** "email: – → bo@x.se", one per field in the entry (personnummer masked, as stored). */
export function changeTexts(entry: AuditEntry): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map(
    (field) => `${field}: ${valueText(before[field])} → ${valueText(after[field])}`,
  );
}

function rowOf(entry: AuditEntry, separator: string): string[] {
  return [
    swedishTime(entry.at),
    entry.actor,
    kindName(entry, 'sv'),
    entry.subject,
    entry.customerName ?? '',
    changeTexts(entry).join(separator),
  ];
}

/** Every entry the filter matches, newest first, a chunk at a time. */
async function* entriesOf(ctx: ServiceContext, filter: AuditFilter) {
  let before: number | undefined;
  for (;;) {
    const page = await listAudit(ctx, { ...filter, before, limit: CHUNK });
    yield page;
    if (page.length < CHUNK) return;
    before = page.at(-1)?.id;
  }
}

/** The filtered log as Swedish Excel opens it: CSV (BOM, semicolons) or a workbook. */
export async function exportAudit(
  ctx: ServiceContext,
  filter: AuditFilter,
  format: 'csv' | 'xlsx',
): Promise<{ fileName: string; bytes: Buffer }> {
  const fileName = `Händelselogg ${swedishToday(ctx)}.${format}`;
  if (format === 'csv') {
    const rows: string[][] = [HEADER];
    for await (const page of entriesOf(ctx, filter)) rows.push(...page.map((e) => rowOf(e, '; ')));
    return { fileName, bytes: csvBytes(rows) };
  }
  return { fileName, bytes: await xlsxOf(ctx, filter) };
}

async function xlsxOf(ctx: ServiceContext, filter: AuditFilter): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => out.on('end', resolve).on('error', reject));
  // Loaded here, not at start: every CLI command would pay for it.
  const { default: excel } = await import('exceljs');
  const book = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  book.creator = 'Kundstart';
  const sheet = book.addWorksheet('Händelselogg', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  addHeader(sheet, HEADER);
  for await (const page of entriesOf(ctx, filter)) {
    for (const entry of page) addRow(sheet, rowOf(entry, '\n'));
  }
  await book.commit();
  await ended;
  return Buffer.concat(chunks);
}
