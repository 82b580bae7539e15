import { z } from 'zod';
import { id, isoDate, optionalSingleLine, singleLine } from './common';
import type { FieldIssue } from '../errors';
import type { UserInvitation } from './mail';

export const ROLES = ['reporter', 'approver', 'admin'] as const;
export const SALARY_FORMS = ['monthly', 'hourly'] as const;
export type Role = (typeof ROLES)[number];
export type SalaryForm = (typeof SALARY_FORMS)[number];

/** What staff type for one user. Structural limits only; the rules answer with their codes. */
export const userFieldsSchema = z
  .object({
    firstName: singleLine(100),
    lastName: singleLine(100),
    email: optionalSingleLine(254),
    /** Absent: keep what is stored; empty string: remove it. */
    personnummer: optionalSingleLine(20),
    mobile: optionalSingleLine(40),
    employeeNumber: optionalSingleLine(40),
    salaryForm: z.enum(SALARY_FORMS).nullable(),
    role: z.enum(ROLES),
    approverId: id.nullable(),
    profileId: id.nullable(),
  })
  .strict();
export type UserFields = z.infer<typeof userFieldsSchema>;

/** The version a form read a record at: an update from an older one is conflict.stale. */
export const recordVersion = z.number().int().min(1).max(2_147_483_647);

export const userSaveSchema = z
  .object({
    customerId: id,
    id: id.optional(),
    fields: userFieldsSchema,
    /** Required to update a stored user (users:list gives it); absent for a new one. */
    recordVersion: recordVersion.optional(),
  })
  .strict();

export const userBulkSchema = z
  .object({
    customerId: id,
    ids: z.array(id).min(1).max(100_000),
    patch: z
      .object({
        approverId: id.nullable().optional(),
        salaryForm: z.enum(SALARY_FORMS).nullable().optional(),
        role: z.enum(ROLES).optional(),
        profileId: id.nullable().optional(),
      })
      .strict(),
  })
  .strict();

export const userDeleteSchema = z
  .object({ customerId: id, ids: z.array(id).min(1).max(100_000) })
  .strict();

export interface UserRow {
  id: string;
  customerId: string;
  firstName: string;
  lastName: string;
  email: string;
  /** YYYYMMDD-****; the full number only through users:revealPersonnummer (audited). */
  personnummerMasked: string | null;
  mobile: string;
  employeeNumber: string;
  salaryForm: SalaryForm | null;
  role: Role;
  approverId: string | null;
  approverName: string | null;
  profileId: string | null;
  profileName: string | null;
  /** The warnings that keep the user incomplete (email.missing, approver.missing, ...). */
  missing: string[];
  isPrimaryContact: boolean;
  /** Step 5: how the user has been told to log in (welcome e-mail, BankID letter, Blikk). */
  invitation: UserInvitation;
  updatedAt: string;
  /** What a save sends back as `recordVersion`: a colleague's write since makes it stale. */
  recordVersion: number;
}

export interface UserSaveResult {
  user: UserRow;
  /** Saved anyway, but incomplete. */
  warnings: FieldIssue[];
}

export interface CompletenessSummary {
  total: number;
  complete: number;
  /** How many users lack each thing, by warning code. */
  missing: Record<string, number>;
}

export interface LicenceChange {
  effectiveFrom: string;
  count: number;
  changedAt: string;
  actor: string;
}

export interface LicenceState {
  customerId: string;
  licences: number;
  assigned: { reporter: number; approver: number; admin: number; total: number };
  history: LicenceChange[];
}

export const licencesSetSchema = z
  .object({
    customerId: id,
    count: z.number().int().min(-1_000_000).max(1_000_000),
    from: isoDate.optional(),
  })
  .strict();
