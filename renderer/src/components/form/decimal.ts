import type { Language } from '../../../../shared/schemas/app';

export type DecimalProblem = 'missing' | 'format';
export type DecimalParse =
  { ok: true; value: number; decimals: number } | { ok: false; problem: DecimalProblem };

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A non-negative number as staff type it: "8,5", "8.5", "1 299,50", "1,299.50". When both ","
 * and "." occur, the last one is the decimal sign and the other groups thousands. An input of
 * type=number would drop the Swedish comma ("8,5" became 85), so every hour and amount field
 * reads its text through this.
 */
export function parseDecimal(text: string): DecimalParse {
  const compact = text.replace(SPACES, '');
  if (compact === '') return { ok: false, problem: 'missing' };
  if (!/^\d[\d.,]*$/.test(compact)) return { ok: false, problem: 'format' };
  const split = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  const whole = split < 0 ? compact : compact.slice(0, split);
  const decimals = split < 0 ? '' : compact.slice(split + 1);
  const digits = wholeDigits(whole, compact[split]);
  if (digits === null || (split >= 0 && !/^\d+$/.test(decimals))) {
    return { ok: false, problem: 'format' };
  }
  const value = Number(decimals ? `${digits}.${decimals}` : digits);
  return { ok: true, value, decimals: decimals.length };
}

/** The integer part's digits; a thousands sign other than the decimal one groups by three. */
function wholeDigits(whole: string, decimalSign: string | undefined): string | null {
  if (/^\d+$/.test(whole)) return whole;
  const other = decimalSign === ',' ? '.' : ',';
  const grouped = new RegExp(`^\\d{1,3}(\\${other}\\d{3})+$`);
  return grouped.test(whole) ? whole.split(other).join('') : null;
}

/** A number as a field shows it for editing: "8,5" in Swedish, "8.5" in English, no grouping. */
export function decimalText(value: number, language: Language = 'sv'): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return language === 'sv' ? text.replace('.', ',') : text;
}
