/** Calendar months as `YYYY-MM` and days as `YYYY-MM-DD`: strings that sort as dates do. */
import { dateExists } from './personnummer';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH_PATTERN.test(value);

/** `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && dateExists(Number(m[1]), Number(m[2]), Number(m[3]));
}

export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

export const firstDayOf = (month: string): string => `${month}-01`;

export function lastDayOf(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** The month `offset` months from `month` (negative goes back). */
export function addMonths(month: string, offset: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + offset;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const previousMonth = (month: string): string => addMonths(month, -1);

/** The `count` months ending with `month`, oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(month, i - count + 1));
}

/** The day before an ISO date. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The date in Sweden at a moment, `YYYY-MM-DD`: what "today", "from today" and "has the month
 * ended" mean to the bureau, wherever the computer's clock is set. The UTC date is still
 * yesterday for the first hours of a Swedish day.
 */
export const swedishDay = (moment: Date): string => SWEDISH_DAY.format(moment);
