import type { ImportIssue, ImportTable } from '../../../../shared/schemas/import';
import { bytesToBase64 } from './readFile';

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function safeCell(value: string): string {
  const cell = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * The rows the import turned away, for the customer to correct: the file's own headers, one
 * more column with the reasons, as Swedish Excel opens it (UTF-8 with BOM, ';', CRLF).
 */
export function rejectedRowsCsv(
  table: ImportTable,
  issues: readonly ImportIssue[],
  errorHeader: string,
  describe: (issue: ImportIssue) => string = (issue) => issue.message,
): string {
  const errors = new Map<number, string[]>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const list = errors.get(issue.row) ?? [];
    list.push(describe(issue));
    errors.set(issue.row, list);
  }
  // A loop, not Math.max(...rows): spreading 200,000 arguments overflows the stack.
  const width = table.rows.reduce((w, row) => Math.max(w, row.cells.length), table.headers.length);
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const lines = [[...pad(table.headers), errorHeader]];
  for (const row of table.rows) {
    const reasons = errors.get(row.line);
    if (reasons) lines.push([...pad(row.cells), reasons.join(' ')]);
  }
  return lines.map((cells) => cells.map(safeCell).join(';')).join('\r\n') + '\r\n';
}

/** The text as base64 of UTF-8 with a byte order mark, for components/download.ts. */
export function utf8BomBase64(text: string): string {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytesToBase64(bytes);
}

/** "personal.csv" → "personal-avvisade.csv". */
export function rejectedFileName(fileName: string, suffix: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'import';
  return `${base}-${suffix}.csv`;
}
