import type ExcelJS from 'exceljs';
import { guard } from '../../import/values';

/**
 * A cell as the export means it: text (guarded against formulas), a whole number, an amount in
 * öre (written as kronor), a calendar day, or nothing. Each kind gets its own number format.
 */
export type XCell = string | number | { ore: number } | { day: string } | null;

export const AMOUNT_FORMAT = '#,##0.00 "kr"';
export const DATE_FORMAT = 'yyyy-mm-dd';
const INTEGER_FORMAT = '0';
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEEF0F3' },
};
const RULE: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF1F3A5F' } };

export interface RowStyle {
  bold?: boolean;
  size?: number;
  italic?: boolean;
  /** A thin line above: a total under the lines it sums. */
  ruleAbove?: boolean;
}

/** Appends a row and commits it (a no-op for an in-memory sheet, a flush for a streamed one). */
export function addRow(sheet: ExcelJS.Worksheet, cells: XCell[], style: RowStyle = {}): void {
  const row = sheet.addRow(cells.map(cellValue));
  cells.forEach((cell, i) => {
    const target = row.getCell(i + 1);
    const format = numberFormat(cell);
    if (format) target.numFmt = format;
    if (style.bold || style.size || style.italic) {
      target.font = { bold: style.bold, size: style.size, italic: style.italic };
    }
    if (style.ruleAbove && cell !== null) target.border = { top: RULE };
  });
  row.commit();
}

/** A bold, shaded column header with a line under it. */
export function addHeader(sheet: ExcelJS.Worksheet, titles: string[]): void {
  const row = sheet.addRow(titles);
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: RULE };
  });
  row.commit();
}

function cellValue(cell: XCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === 'string') return guard(cell);
  if (typeof cell === 'number') return cell;
  if ('ore' in cell) return cell.ore / 100;
  const [y, m, d] = cell.day.split('-').map(Number) as [number, number, number];
  // Midnight UTC: exceljs turns a Date into a day serial from its UTC time.
  return new Date(Date.UTC(y, m - 1, d));
}

function numberFormat(cell: XCell): string | null {
  if (cell === null || typeof cell === 'string') return null;
  if (typeof cell === 'number') return INTEGER_FORMAT;
  return 'ore' in cell ? AMOUNT_FORMAT : DATE_FORMAT;
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique ignoring case. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '') // a name may not start or end with an apostrophe
      .trim() || 'Kund';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name =
      clean
        .slice(0, 31 - suffix.length)
        .replace(/[\uD800-\uDBFF]$/, '') // never half of an emoji
        .replace(/'+$/, '')
        .trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
