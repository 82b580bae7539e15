import { addMonths, isMonth, lastDayOf, swedishDay } from '../../../../shared/domain/months';
import type { Language } from '../../../../shared/schemas/app';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Last month: the bureau checks Blikk's invoice for the month that has just ended. */
export const defaultMonth = (now: Date): string => addMonths(swedishDay(now).slice(0, 7), -1);

/** Only a month whose last day is behind us, in Sweden as the service counts, can be closed. */
export const hasEnded = (month: string, now: Date): boolean => lastDayOf(month) < swedishDay(now);

/** A month the page can show: a real YYYY-MM, not absurdly far from today. */
export const isShowableMonth = (value: string | undefined): value is string =>
  value !== undefined && isMonth(value) && value >= '2000-01' && value <= '2099-12';

/** Mid-month at noon, so no time zone moves the date into another month. */
const dateOf = (month: string) => new Date(`${month}-15T12:00:00`);

/** "oktober 2026" / "October 2026". */
export function monthName(month: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric' }).format(
    dateOf(month),
  );
}

/** "okt. 26" / "Oct 26": an axis tick, where twelve of them must fit. */
export function monthShort(month: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: '2-digit' }).format(
    dateOf(month),
  );
}

/** "okt." / "Oct": a month in a picker that already shows the year. */
export function monthOfYear(month: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'short' }).format(dateOf(month));
}
