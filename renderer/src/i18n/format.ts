import { formatAmount as formatOre, formatKronor } from '../../../shared/domain/money';
import type { Language } from '../../../shared/schemas/app';

/**
 * Swedish formats by default, British on English screens: dates, numbers and money alike.
 * Money keeps "kr" after the amount in both ("1 234,50 kr", "1,234.50 kr"): it is always kronor.
 */
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const MONTH_STYLES = {
  /** "mars 2030" / "March 2030" */
  long: { month: 'long', year: 'numeric' },
  /** "mars 30" / "Mar 30": an axis tick, where twelve must fit */
  short: { month: 'short', year: '2-digit' },
  /** "mars" / "Mar": in a picker that already shows the year */
  ofYear: { month: 'short' },
} as const;

/** A `YYYY-MM` month in words. Mid-month at noon UTC: no time zone moves it into another month. */
export function formatMonth(
  month: string,
  language: Language = 'sv',
  style: keyof typeof MONTH_STYLES = 'long',
): string {
  return cached(
    `month:${style}:${language}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { ...MONTH_STYLES[style], timeZone: 'UTC' }),
  ).format(new Date(`${month}-15T12:00:00Z`));
}

/** "28 nov. 2026 14:05" */
export function formatDateTime(value: string | Date, language: Language = 'sv'): string {
  const date = toDate(value);
  if (!date) return '';
  return cached(
    `dt:${language}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
  ).format(date);
}

/** "28 nov. 2026"; a bare YYYY-MM-DD is a calendar date, not a UTC instant. */
export function formatDate(value: string | Date, language: Language = 'sv'): string {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? toDate(`${value}T12:00:00`)
      : toDate(value);
  if (!date) return '';
  return cached(
    `d:${language}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }),
  ).format(date);
}

/** "fre 3 apr.": a day of a year already on screen. */
export function formatWeekdayDate(value: string, language: Language = 'sv'): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? toDate(`${value}T12:00:00`) : toDate(value);
  if (!date) return '';
  return cached(
    `wd:${language}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      }),
  ).format(date);
}

/** "2 000" */
export function formatNumber(value: number, language: Language = 'sv'): string {
  return cached(`n:${language}`, () => new Intl.NumberFormat(LOCALES[language])).format(value);
}

const MONEY_STYLES = {
  /** "12 345 kr": an axis tick, where öre are noise. */
  whole: { maximumFractionDigits: 0 },
  /** "120k kr", "2.5m kr": an axis tick of large amounts, where size matters (Swedish below). */
  compact: { notation: 'compact' },
} as const;

/**
 * Öre as kronor in the language on screen: "1 234,50 kr" (sv), "1,234.50 kr" (en), exact to the
 * öre unless a rounder style is asked for.
 */
export function formatMoney(
  ore: number,
  language: Language = 'sv',
  style: 'exact' | keyof typeof MONEY_STYLES = 'exact',
): string {
  if (style === 'exact') return formatKronor(ore, LOCALES[language]);
  if (style === 'compact' && language === 'sv') return swedishCompact(ore / 100);
  const number = cached(
    `m:${style}:${language}`,
    () => new Intl.NumberFormat(LOCALES[language], MONEY_STYLES[style]),
  );
  return `${number.format(ore / 100)} kr`;
}

/** "120 tkr", "2,5 mkr", as Swedish accounts write them; Intl's compact form says "120 tn kr". */
function swedishCompact(kronor: number): string {
  const [scale, unit] =
    Math.abs(kronor) >= 1_000_000
      ? [1_000_000, 'mkr']
      : Math.abs(kronor) >= 1000
        ? [1000, 'tkr']
        : [1, 'kr'];
  const number = cached(
    'm:sv-compact',
    () => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }),
  );
  return `${number.format(kronor / scale)} ${unit}`;
}

/** Öre as a bare amount, always two decimals: "1 234,50" / "1,234.50", under a "kr" header. */
export function formatAmount(ore: number, language: Language = 'sv'): string {
  return formatOre(ore, LOCALES[language]);
}

/** "Storgatan 1, 111 22 Stockholm", leaving out what is missing. */
export function formatAddress(
  address: { street?: string; postalCode?: string; city?: string } | undefined,
): string {
  if (!address) return '';
  const place = [address.postalCode, address.city].filter((s) => s?.trim()).join(' ');
  return [address.street, place].filter((s) => s?.trim()).join(', ');
}
