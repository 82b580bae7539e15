import type { Role, SalaryForm } from '../../../shared/schemas/users';
import { headerKey } from './columns';

const SALARY: Record<string, SalaryForm> = {
  man: 'monthly',
  manad: 'monthly',
  manadslon: 'monthly',
  monthly: 'monthly',
  month: 'monthly',
  tim: 'hourly',
  timlon: 'hourly',
  hourly: 'hourly',
  hour: 'hourly',
};

const ROLES: Record<string, Role> = {
  rapportor: 'reporter',
  reporter: 'reporter',
  anvandare: 'reporter',
  user: 'reporter',
  attestansvarig: 'approver',
  attestant: 'approver',
  approver: 'approver',
  administrator: 'admin',
  admin: 'admin',
};

/** MÅN/Månadslön/monthly, TIM/Timlön/hourly, any case; empty is "not given"; else unknown. */
export function mapSalaryForm(text: string): SalaryForm | null | 'unknown' {
  if (!text.trim()) return null;
  return SALARY[headerKey(text)] ?? 'unknown';
}

/** Role names in Swedish and English, any case; a missing role imports as reporter. */
export function mapRole(text: string): Role | 'unknown' {
  if (!text.trim()) return 'reporter';
  return ROLES[headerKey(text)] ?? 'unknown';
}

/**
 * Undoes the export's guard against formula injection: a cell written as '=… is read back as
 * =…, so an exported file re-imports unchanged.
 */
export function unguard(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

/** Excel's guard: a cell that starts with = + - @ is prefixed with ' so it is never a formula. */
export function guard(cell: string): string {
  return /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
}
