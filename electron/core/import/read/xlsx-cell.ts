import type { CellValue } from 'exceljs';

/**
 * Numbers as Excel shows them in a "General" cell but never with an exponent: a personnummer
 * stored as a number must keep all its 12 digits. Integers go through BigInt, which is exact for
 * any integer double; fractions are cut to Excel's 15 significant digits (0.1+0.2 is 0.3).
 */
export function formatNumber(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return padZeros(BigInt(n).toString(), numFmt);
  const s = String(Number(n.toPrecision(15)));
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** A "0000" number format shows 42 as 0042: honour it, it is how bureaus keep leading zeros. */
function padZeros(digits: string, numFmt?: string): string {
  if (!numFmt || !/^0+$/.test(numFmt) || digits.startsWith('-')) return digits;
  return digits.padStart(numFmt.length, '0');
}

/** A date cell as YYYY-MM-DD (exceljs gives Excel dates as UTC midnight). */
export function formatDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

type ObjectValue = Exclude<CellValue, null | undefined | number | string | boolean | Date>;

function objectText(v: ObjectValue, numFmt?: string): string {
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText(v.result as CellValue, numFmt);
  if ('error' in v) return String(v.error);
  if ('text' in v) return cellText(v.text as CellValue, numFmt); // hyperlink; text may be rich
  return '';
}

/** A cell's value as text: what the customer sees in Excel, not what Excel stores. */
export function cellText(v: CellValue, numFmt?: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v, numFmt);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return formatDate(v);
  if (typeof v === 'object') return objectText(v, numFmt);
  return '';
}

/** The number behind a cell, formulas included; null for any other kind of value. */
export function cellNumber(v: CellValue): number | null {
  if (typeof v === 'number') return v;
  if (
    v &&
    typeof v === 'object' &&
    !(v instanceof Date) &&
    ('formula' in v || 'sharedFormula' in v)
  ) {
    return typeof v.result === 'number' ? v.result : null;
  }
  return null;
}
