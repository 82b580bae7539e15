import {
  addMonths,
  isIsoDay,
  isMonth,
  lastDayOf,
  swedishDay,
} from '../../../../shared/domain/months';
import type { Language } from '../../../../shared/schemas/app';
import { formatMonth } from '../../i18n/format';

/** Last month: the bureau checks Blikk's invoice for the month that has just ended. */
export const defaultMonth = (now: Date): string => addMonths(swedishDay(now).slice(0, 7), -1);

/** Only a month whose last day is behind us, in Sweden as the service counts, can be closed. */
export const hasEnded = (month: string, now: Date): boolean => lastDayOf(month) < swedishDay(now);

/** A month the page can show: a real YYYY-MM, not absurdly far from today. */
export const isShowableMonth = (value: string | undefined): value is string =>
  value !== undefined && isMonth(value) && value >= '2000-01' && value <= '2099-12';

/** "oktober 2026" / "October 2026". */
export const monthName = (month: string, language: Language): string =>
  formatMonth(month, language, 'long');

/** "okt. 26" / "Oct 26": an axis tick, where twelve of them must fit. */
export const monthShort = (month: string, language: Language): string =>
  formatMonth(month, language, 'short');

/** "okt." / "Oct": a month in a picker that already shows the year. */
export const monthOfYear = (month: string, language: Language): string =>
  formatMonth(month, language, 'ofYear');

/**
 * The months that have ended from `day` on: a licence change back-dated to `day` reprices their
 * collective invoices (the closed ones refuse it). None when it applies from this month on.
 */
export function repricedMonths(day: string, now: Date): string[] {
  if (!isIsoDay(day)) return [];
  const thisMonth = swedishDay(now).slice(0, 7);
  const months: string[] = [];
  for (let month = day.slice(0, 7); month < thisMonth; month = addMonths(month, 1)) {
    months.push(month);
  }
  return months;
}

/** "oktober 2026", or "september 2026 – oktober 2026" for several in a row. */
export function monthSpan(months: readonly string[], language: Language): string {
  const [first] = months;
  const last = months.at(-1);
  if (first === undefined || last === undefined) return '';
  const name = (month: string) => monthName(month, language);
  return first === last ? name(first) : `${name(first)} – ${name(last)}`;
}
