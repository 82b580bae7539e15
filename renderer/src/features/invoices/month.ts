import { addMonths, isMonth, lastDayOf, swedishDay } from '../../../../shared/domain/months';
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
