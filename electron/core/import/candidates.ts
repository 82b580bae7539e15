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
  const fullName = cellOf(row, mapping, 'fullName');
  const split = fullName ? splitFullName(fullName) : NO_NAME;
  const personnummer = cellOf(row, mapping, 'personnummer');
  const parsed = personnummer ? parsePersonnummer(personnummer, today) : null;
  const role = cellOf(row, mapping, 'role');
  return {
    line: row.line,
    firstName: cellOf(row, mapping, 'firstName') || split.firstName,
    lastName: cellOf(row, mapping, 'lastName') || split.lastName,
    email: cellOf(row, mapping, 'email') || cellOf(row, mapping, 'emailHome'),
    personnummer,
    personnummerDigits: parsed?.ok ? parsed.digits : null,
    mobile: cellOf(row, mapping, 'mobile'),
    employeeNumber: cellOf(row, mapping, 'employeeNumber'),
    salaryForm: mapSalaryForm(cellOf(row, mapping, 'salaryForm')),
    role: mapRole(role),
    roleGiven: role !== '',
    approverRef: cellOf(row, mapping, 'approver'),
    profileRef: cellOf(row, mapping, 'profile'),
  };
}

const NO_NAME = { firstName: '', lastName: '' };

/** A field's cell, cleaned as the contract's schemas clean what a form sends: one text rule. */
function cellOf(row: ReadRow, mapping: ColumnMapping, field: ImportField): string {
  const index = mapping[field];
  return index === undefined ? '' : unguard(cleanText(row.cells[index] ?? ''));
}

export const fullNameKey = (first: string, last: string): string =>
  `${first} ${last}`.trim().toLowerCase().replace(/\s+/g, ' ');

export const candidateEmailKey = (c: Candidate): string => emailKey(c.email);
