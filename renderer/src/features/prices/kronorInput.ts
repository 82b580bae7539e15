import { formatAmount, kronorToOre } from '../../../../shared/domain/money';
import type { Language } from '../../../../shared/schemas/app';

/** The price-list schema's ceiling, in kronor per month. */
export const MAX_KRONOR = 1_000_000;

export type KronorProblem = 'missing' | 'format' | 'decimals' | 'tooLarge';
export type KronorParse = { ok: true; kronor: number } | { ok: false; problem: KronorProblem };

const SPACES = /[\s\u00a0\u202f]/g;
const UNIT = /(kr|sek|:-)$/i;

/**
 * A price as a bureau types it: "129,50", "1 299,00", "1299.5", "99 kr". When both "," and "."
 * occur, the last one is the decimal sign and the other groups thousands ("1,299.00" in English).
 */
export function parseKronor(text: string): KronorParse {
  const compact = text.replace(SPACES, '').replace(UNIT, '');
  if (compact === '') return { ok: false, problem: 'missing' };
  if (!/^\d[\d.,]*$/.test(compact)) return { ok: false, problem: 'format' };
  const split = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  const whole = split < 0 ? compact : compact.slice(0, split);
  const decimals = split < 0 ? '' : compact.slice(split + 1);
  const digits = wholeDigits(whole, compact[split]);
  if (digits === null || (split >= 0 && !/^\d+$/.test(decimals))) {
    return { ok: false, problem: 'format' };
  }
  if (decimals.length > 2) return { ok: false, problem: 'decimals' };
  const kronor = Number(decimals ? `${digits}.${decimals}` : digits);
  if (kronorToOre(kronor) === null) return { ok: false, problem: 'format' };
  return kronor > MAX_KRONOR ? { ok: false, problem: 'tooLarge' } : { ok: true, kronor };
}

/** The integer part's digits; a thousands sign other than the decimal one groups by three. */
function wholeDigits(whole: string, decimalSign: string | undefined): string | null {
  if (/^\d+$/.test(whole)) return whole;
  const other = decimalSign === ',' ? '.' : ',';
  const grouped = new RegExp(`^\\d{1,3}(\\${other}\\d{3})+$`);
  return grouped.test(whole) ? whole.split(other).join('') : null;
}

/**
 * Öre as the form shows them for editing, in the language on screen: "1 299,00", or "1299.00" in
 * English. English goes without a thousands comma: "1,299.00" with its decimals deleted would read
 * as 1.299 kronor ("at most two decimals").
 */
export function kronorText(ore: number, language: Language = 'sv'): string {
  return language === 'sv' ? formatAmount(ore, 'sv-SE') : (ore / 100).toFixed(2);
}

/** The parsed value in öre, or null when the text is not a price. */
export function parseOre(text: string): number | null {
  const parsed = parseKronor(text);
  return parsed.ok ? kronorToOre(parsed.kronor) : null;
}
