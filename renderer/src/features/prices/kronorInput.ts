import { formatAmount, kronorToOre } from '../../../../shared/domain/money';
import { parseDecimal } from '../../components/form/decimal';
import type { Language } from '../../../../shared/schemas/app';

/** The price-list schema's ceiling, in kronor per month. */
export const MAX_KRONOR = 1_000_000;

export type KronorProblem = 'missing' | 'format' | 'decimals' | 'tooLarge';
export type KronorParse = { ok: true; kronor: number } | { ok: false; problem: KronorProblem };

const UNIT = /(kr|sek|:-)$/i;

/**
 * A price as a bureau types it: "129,50", "1 299,00", "1299.5", "99 kr": a decimal number as
 * every amount field reads it, with "kr" allowed after it and at most two decimals.
 */
export function parseKronor(text: string): KronorParse {
  const parsed = parseDecimal(text.trim().replace(UNIT, ''));
  if (!parsed.ok) return parsed;
  if (parsed.decimals > 2) return { ok: false, problem: 'decimals' };
  const kronor = parsed.value;
  if (kronorToOre(kronor) === null) return { ok: false, problem: 'format' };
  return kronor > MAX_KRONOR ? { ok: false, problem: 'tooLarge' } : { ok: true, kronor };
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
