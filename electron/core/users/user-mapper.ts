import { maskPersonnummer } from '../../../shared/domain/personnummer';
import { missingOf, validateUser } from '../../../shared/domain/users';
import type { Role, SalaryForm, UserFields, UserRow } from '../../../shared/schemas/users';
import type { FieldCipher } from '../crypto/cipher';
import type { UserEntityRow } from '../db/entities';
import type { UserInvitationRow } from '../db/mail-entities';
import { toInvitation } from '../mail/invitation-store';

/** A stored user as fields; the personnummer left out ("keep what is stored"). */
export function fieldsOf(row: UserEntityRow): UserFields {
  return {
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    personnummer: undefined,
    mobile: row.mobile,
    employeeNumber: row.employeeNumber,
    salaryForm: row.salaryForm as SalaryForm | null,
    role: row.role as Role,
    approverId: row.approverId,
    profileId: row.profileId,
  };
}

/**
 * The rules for a stored user on its own: the duplicate checks are the saves' business, so a
 * stored row is judged on its fields and its approver (found in `byId`) alone.
 */
export function rulesOfStored(row: UserEntityRow, byId: Map<string, UserEntityRow>) {
  const approver = row.approverId ? byId.get(row.approverId) : undefined;
  return validateUser(fieldsOf(row), {
    selfId: row.id,
    emailTaken: () => false,
    personnummerTaken: () => false,
    employeeNumberTaken: () => false,
    approver: approver
      ? { id: approver.id, role: approver.role as Role }
      : row.approverId
        ? null
        : undefined,
    hasStoredPersonnummer: row.personnummerEnc !== null,
  });
}

/** What keeps a stored user incomplete: the warnings of the same rules a save runs. */
export function missingFor(row: UserEntityRow, byId: Map<string, UserEntityRow>): string[] {
  return missingOf(rulesOfStored(row, byId));
}

export function toUserRow(
  row: UserEntityRow,
  byId: Map<string, UserEntityRow>,
  profileNames: Map<string, string>,
  cipher: FieldCipher,
  invitation?: UserInvitationRow,
): UserRow {
  const approver = row.approverId ? byId.get(row.approverId) : undefined;
  return {
    id: row.id,
    customerId: row.customerId,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    personnummerMasked: row.personnummerEnc
      ? maskPersonnummer(cipher.decrypt(row.personnummerEnc))
      : null,
    mobile: row.mobile,
    employeeNumber: row.employeeNumber,
    salaryForm: row.salaryForm as SalaryForm | null,
    role: row.role as Role,
    approverId: row.approverId,
    approverName: approver ? `${approver.firstName} ${approver.lastName}`.trim() : null,
    profileId: row.profileId,
    profileName: row.profileId ? (profileNames.get(row.profileId) ?? null) : null,
    missing: missingFor(row, byId),
    isPrimaryContact: Boolean(row.isPrimaryContact),
    invitation: toInvitation(invitation),
    updatedAt: row.updatedAt,
    recordVersion: Number(row.recordVersion),
  };
}

/** The audit log's view: the personnummer masked, never in the clear. */
export function auditViewOf(row: UserEntityRow, cipher: FieldCipher): Record<string, unknown> {
  return {
    ...fieldsOf(row),
    personnummer: row.personnummerEnc ? maskPersonnummer(cipher.decrypt(row.personnummerEnc)) : '',
  };
}

const SWEDISH = new Intl.Collator('sv');

/** The users grid's order: last name, then first name, in Swedish (å, ä, ö after z). */
export function inListOrder<T extends Pick<UserEntityRow, 'firstName' | 'lastName'>>(
  users: T[],
): T[] {
  return users.sort((a, b) =>
    SWEDISH.compare(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`),
  );
}
