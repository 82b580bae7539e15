import { guard } from './values';

/** An amount in öre, written in kronor with a decimal comma. */
export interface Ore {
  ore: number;
}
/** Text (guarded against formulas), a whole number (quantity, VAT %), or an amount. */
export type CsvCell = string | number | Ore;

export const ore = (value: number): Ore => ({ ore: value });

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * What Swedish Excel and the bureaus' invoicing systems read: UTF-8 with BOM, semicolons, CRLF,
 * decimal comma without thousands separator (so it parses back as a number), and no text cell
 * that a spreadsheet would run as a formula.
 */
export function csvBytes(rows: readonly (readonly CsvCell[])[]): Buffer {
  const text = rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
  return Buffer.concat([BOM, Buffer.from(text, 'utf8')]);
}

function csvCell(cell: CsvCell): string {
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return decimalComma(cell.ore);
  const safe = guard(cell);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 118800 → "1188,00"; −25 → "-0,25". Exact: integer arithmetic only. */
function decimalComma(ore: number): string {
  const abs = Math.abs(ore);
  const kronor = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${ore < 0 ? '-' : ''}${kronor},${cents}`;
}
