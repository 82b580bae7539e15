import type { Address } from '../../../shared/schemas/customer';

const TIME_ZONE = 'Europe/Stockholm';
export const DASH = '–';

const DATE = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const DAY = new Intl.DateTimeFormat('sv-SE', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: TIME_ZONE,
});
const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A calendar date is read at noon UTC so that no time zone moves it to another day. */
function toDate(iso: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
}

/** "28 nov. 2026". */
export function svDate(iso: string): string {
  const date = toDate(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

/** "fre 3 apr.": the weekday tells whether a holiday falls on a working day. */
export function svDay(iso: string): string {
  const date = toDate(iso);
  return Number.isNaN(date.getTime()) ? iso : DAY.format(date);
}

/** "8", "7,5". */
export function svNumber(n: number): string {
  return NUMBER.format(n);
}

export function hours(n: number): string {
  return `${svNumber(n)} ${n === 1 ? 'timme' : 'timmar'}`;
}

export function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nej';
}

export function orDash(value: string | null | undefined): string {
  return value?.trim() || DASH;
}

export function addressText(a: Address): string {
  const town = [a.postalCode, a.city].filter((p) => p?.trim()).join(' ');
  return orDash([a.street, town].filter((p) => p?.trim()).join(', '));
}

/**
 * CustomerDetail only ever holds the masked personnummer; this keeps it so even if a full
 * number were ever passed by mistake, because the sheet is printed and mailed around.
 */
export function maskedPersonnummer(value: string): string {
  return value.replace(/\d{4}$/, '****');
}
