import type { Role, SalaryForm } from '../../../shared/schemas/users';
import { headerKey } from './columns';

// Maps, not object literals: a cell reading "constructor" must not find Object's prototype.
const SALARY = new Map<string, SalaryForm>(
  Object.entries({
    man: 'monthly',
    manad: 'monthly',
    manadslon: 'monthly',
    monthly: 'monthly',
    month: 'monthly',
    tim: 'hourly',
    timlon: 'hourly',
    hourly: 'hourly',
    hour: 'hourly',
  } satisfies Record<string, SalaryForm>),
);

const ROLES = new Map<string, Role>(
  Object.entries({
    rapportor: 'reporter',
    reporter: 'reporter',
    anvandare: 'reporter',
    user: 'reporter',
    attestansvarig: 'approver',
    attestant: 'approver',
    approver: 'approver',
    administrator: 'admin',
    admin: 'admin',
  } satisfies Record<string, Role>),
);

/** MÅN/Månadslön/monthly, TIM/Timlön/hourly, any case; empty is "not given"; else unknown. */
export function mapSalaryForm(text: string): SalaryForm | null | 'unknown' {
  if (!text.trim()) return null;
  return SALARY.get(keyOf(text)) ?? 'unknown';
}

/** Role names in Swedish and English, any case; a missing role imports as reporter. */
export function mapRole(text: string): Role | 'unknown' {
  if (!text.trim()) return 'reporter';
  return ROLES.get(keyOf(text)) ?? 'unknown';
}

/**
 * headerKey() of a cell, remembered: a column of 100,000 rows holds a handful of distinct values,
 * and Unicode normalisation of each one is a noticeable part of an import. Bounded, so a file of
 * all-different values cannot grow it without limit.
 */
const keys = new Map<string, string>();
function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = headerKey(text);
    if (keys.size < 1000) keys.set(text, key);
  }
  return key;
}

/**
 * Undoes the export's guard against formula injection: a cell written as '=… is read back as
 * =…, so an exported file re-imports unchanged.
 */
export function unguard(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * What a spreadsheet may run as a formula: = + - @, their full-width forms (＝ ＋ － ＠, which
 * Excel folds to ASCII), and a leading tab or carriage return (OWASP's CSV-injection list).
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;

/** Excel's guard: a cell that may start a formula is prefixed with ' so it is never one. */
export function guard(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
