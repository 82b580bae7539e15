/**
 * Swedish personnummer and samordningsnummer (Skatteverket). Accepted written forms:
 * YYMMDD-NNNN, YYMMDD+NNNN (+ = 100 years or older), YYMMDDNNNN, YYYYMMDDNNNN, YYYYMMDD-NNNN.
 * Stored as 12 digits. Checks in order: format, date, Luhn; interim numbers (a letter among the
 * last four) fail the format.
 */
import { isLuhnValid } from './luhn';

export type PersonnummerKind = 'ssn' | 'con';
export type PersonnummerErrorCode =
  'personnummer.format' | 'personnummer.checksum' | 'personnummer.date';
export type PersonnummerResult =
  { ok: true; digits: string; kind: PersonnummerKind } | { ok: false; code: PersonnummerErrorCode };

/** Samordningsnummer add this to the day of birth. */
const CON_DAY_OFFSET = 60;
// The separator is optional; a 12-digit number may still carry one (the personnummer project's
// vectors write 19090527+1474), where the century is explicit and the sign changes nothing.
const PATTERN = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

export function parsePersonnummer(input: string, today: Date = new Date()): PersonnummerResult {
  const m = PATTERN.exec(input.trim());
  if (!m) return { ok: false, code: 'personnummer.format' };
  const [, century, yy = '', mm = '', dd = '', sep, serial = '', check = ''] = m;
  // Skatteverket never issues serial 000 (the personnummer package rejects it as malformed).
  if (serial === '000') return { ok: false, code: 'personnummer.format' };

  const month = Number(mm);
  const kind: PersonnummerKind = Number(dd) > CON_DAY_OFFSET ? 'con' : 'ssn';
  const day = kind === 'con' ? Number(dd) - CON_DAY_OFFSET : Number(dd);
  const year =
    century === undefined
      ? resolveYear(Number(yy), month, day, sep === '+', today)
      : Number(century + yy);
  if (!dateExists(year, month, day)) return { ok: false, code: 'personnummer.date' };
  if (!isLuhnValid(yy + mm + dd + serial + check)) {
    return { ok: false, code: 'personnummer.checksum' };
  }
  return { ok: true, digits: `${year}${mm}${dd}${serial}${check}`, kind };
}

/**
 * The full year of a 10-digit number: the latest year ending in `yy` at which the person is at
 * most 99 on `today` (age counted to the birthday, not just the year), or, with '+', at least 100.
 */
function resolveYear(yy: number, month: number, day: number, plus: boolean, today: Date): number {
  const thisYear = today.getFullYear();
  const md = (today.getMonth() + 1) * 100 + today.getDate();
  let year = thisYear - ((thisYear - yy) % 100);
  if (year === thisYear && month * 100 + day > md) year -= 100; // not born yet this year
  return plus ? year - 100 : year;
}

/** Gregorian leap year: 2000 was one, 1900 was not. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether the calendar has this day (month 1-12). */
export function dateExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

function assertDigits12(digits12: string): void {
  // A stored number is always 12 digits; anything else is a programming error, not user input.
  if (!/^\d{12}$/.test(digits12)) throw new RangeError('expected a 12-digit personnummer');
}

/** 'YYYYMMDD-NNNN', the printed form. */
export function formatPersonnummer(digits12: string): string {
  assertDigits12(digits12);
  return `${digits12.slice(0, 8)}-${digits12.slice(8)}`;
}

/** 'YYYYMMDD-****': what lists and logs may show. */
export function maskPersonnummer(digits12: string): string {
  assertDigits12(digits12);
  return `${digits12.slice(0, 8)}-****`;
}

/** 'YYMMDD-NNNN', or 'YYMMDD+NNNN' when the person is 100 or older on `today`. */
export function formatPersonnummerShort(digits12: string, today: Date = new Date()): string {
  assertDigits12(digits12);
  const year = Number(digits12.slice(0, 4));
  const month = Number(digits12.slice(4, 6));
  const dd = Number(digits12.slice(6, 8));
  const day = dd > CON_DAY_OFFSET ? dd - CON_DAY_OFFSET : dd;
  const md = (today.getMonth() + 1) * 100 + today.getDate();
  const age = today.getFullYear() - year - (month * 100 + day > md ? 1 : 0);
  return `${digits12.slice(2, 8)}${age >= 100 ? '+' : '-'}${digits12.slice(8)}`;
}
