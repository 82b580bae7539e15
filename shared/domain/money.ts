/**
 * Money in öre (hundredths of a krona), as integers: never floating point. Prices arrive in
 * kronor (the price-list file's unit) and are converted once, exactly, at the boundary.
 */

/** Swedish VAT on Blikk's services, in percent. */
export const VAT_PERCENT = 25;

/** Kronor with at most two decimals → öre; null when the value is not a price (NaN, 3 decimals). */
export function kronorToOre(kronor: number): number | null {
  if (!Number.isFinite(kronor)) return null;
  const ore = Math.round(kronor * 100);
  // 99.9 * 100 is 9990.000000000002: accept what is within float noise of a whole öre.
  if (Math.abs(ore - kronor * 100) > 1e-6) return null;
  return ore;
}

/** Öre → kronor for JSON: exact to the öre, because every öre value is an integer. */
export const oreToKronor = (ore: number): number => ore / 100;

/** Half away from zero, as Swedish invoices round: 0.5 öre up. */
function divideRounded(numerator: number, denominator: number): number {
  const sign = numerator < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(numerator) * 2 + denominator) / (2 * denominator));
}

/** VAT on an amount excluding VAT, rounded to the öre (on the invoice's total, not per line). */
export const vatOf = (ore: number, percent = VAT_PERCENT): number =>
  divideRounded(ore * percent, 100);

/** Öresavrundning: what rounds a total to whole kronor (half up), which the invoice shows. */
export const roundingToKrona = (ore: number): number => divideRounded(ore, 100) * 100 - ore;

const AMOUNT_FORMATS = new Map<string, Intl.NumberFormat>();

/** "1 234,50" (sv) or "1,234.50" (en): always two decimals. */
export function formatAmount(ore: number, locale = 'sv-SE'): string {
  // One formatter per locale: building one costs as much as formatting thousands of amounts.
  let format = AMOUNT_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    AMOUNT_FORMATS.set(locale, format);
  }
  return format.format(ore / 100);
}

/** "1 234,50 kr". */
export const formatKronor = (ore: number, locale = 'sv-SE'): string =>
  `${formatAmount(ore, locale)} kr`;
