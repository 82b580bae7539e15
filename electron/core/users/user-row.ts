import { emailKey } from '../../../shared/domain/users';
import { parsePersonnummer } from '../../../shared/domain/personnummer';
import type { UserFields } from '../../../shared/schemas/users';
import type { UserEntityRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';

/**
 * A user's stored row, built from fields without the database: the saves and the import (in the
 * core's thread or in the import's worker thread, which has the cipher but no connection) share it.
 */
export type RowContext = Pick<ServiceContext, 'cipher' | 'now'>;

/** The stored row for a user's fields; an import passes one `now` for all its rows. */
export function buildRow(
  ctx: RowContext,
  customerId: string,
  id: string,
  f: UserFields,
  stored: UserEntityRow | null,
  now: string = isoNow(ctx),
): UserEntityRow {
  const email = (f.email ?? '').trim();
  return {
    id,
    customerId,
    firstName: f.firstName.trim(),
    lastName: f.lastName.trim(),
    email,
    emailKey: emailKey(email),
    ...personnummerColumns(ctx, f.personnummer, stored),
    mobile: (f.mobile ?? '').trim(),
    employeeNumber: (f.employeeNumber ?? '').trim(),
    salaryForm: f.salaryForm,
    role: f.role,
    approverId: f.approverId,
    profileId: f.profileId,
    isPrimaryContact: stored?.isPrimaryContact ?? false,
    invitedAt: stored?.invitedAt ?? null,
    createdAt: stored?.createdAt ?? now,
    updatedAt: now,
    // Imports build their rows here too: a form opened before an import is stale after it.
    recordVersion: stored ? Number(stored.recordVersion) + 1 : 1,
  };
}

/** Absent keeps the stored number, empty removes it, a number replaces it: encrypted, with its blind index. */
export function personnummerColumns(
  ctx: RowContext,
  value: string | undefined,
  stored: Pick<UserEntityRow, 'personnummerEnc' | 'personnummerFp'> | null,
): Pick<UserEntityRow, 'personnummerEnc' | 'personnummerFp'> {
  if (value === undefined) {
    return {
      personnummerEnc: stored?.personnummerEnc ?? null,
      personnummerFp: stored?.personnummerFp ?? null,
    };
  }
  const parsed = parsePersonnummer(value, ctx.now());
  if (!value.trim() || !parsed.ok) return { personnummerEnc: null, personnummerFp: null };
  return {
    personnummerEnc: ctx.cipher.encrypt(parsed.digits),
    personnummerFp: ctx.cipher.fingerprint(parsed.digits),
  };
}
