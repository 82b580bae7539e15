import { parsePersonnummer } from '../../../shared/domain/personnummer';
import { cleanText } from '../../../shared/domain/text';
import { emailKey, splitFullName } from '../../../shared/domain/users';
import type { ReadRow } from './read/types';
import type { ColumnMapping, ImportField } from '../../../shared/schemas/import';
import { mapRole, mapSalaryForm, unguard } from './values';

/** One spreadsheet row, read through the mapping: text still, nothing decided yet. */
export interface Candidate {
  line: number;
  firstName: string;
  lastName: string;
  email: string;
  personnummer: string;
  /** The 12 digits when the personnummer parses: what matching and duplicates compare. */
  personnummerDigits: string | null;
  mobile: string;
  employeeNumber: string;
  salaryForm: ReturnType<typeof mapSalaryForm>;
  role: ReturnType<typeof mapRole>;
  /** Whether the role cell had anything: a matched user keeps its role when it is empty. */
  roleGiven: boolean;
  approverRef: string;
  profileRef: string;
}

export function toCandidate(row: ReadRow, mapping: ColumnMapping, today: Date): Candidate {
  const cell = (field: ImportField) => {
    const index = mapping[field];
    // Cleaned as the contract's schemas clean what a form sends: the same text rule for both.
    return index === undefined ? '' : unguard(cleanText(row.cells[index] ?? ''));
  };
  const split = splitFullName(cell('fullName'));
  const personnummer = cell('personnummer');
  const parsed = personnummer ? parsePersonnummer(personnummer, today) : null;
  return {
    line: row.line,
    firstName: cell('firstName') || split.firstName,
    lastName: cell('lastName') || split.lastName,
    email: cell('email') || cell('emailHome'),
    personnummer,
    personnummerDigits: parsed?.ok ? parsed.digits : null,
    mobile: cell('mobile'),
    employeeNumber: cell('employeeNumber'),
    salaryForm: mapSalaryForm(cell('salaryForm')),
    role: mapRole(cell('role')),
    roleGiven: cell('role') !== '',
    approverRef: cell('approver'),
    profileRef: cell('profile'),
  };
}

export const fullNameKey = (first: string, last: string): string =>
  `${first} ${last}`.trim().toLowerCase().replace(/\s+/g, ' ');

export const candidateEmailKey = (c: Candidate): string => emailKey(c.email);
