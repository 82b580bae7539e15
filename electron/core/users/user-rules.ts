import type { EntityManager } from 'typeorm';
import { Not } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { canApprove, emailKey, type UserRulesContext } from '../../../shared/domain/users';
import { parsePersonnummer } from '../../../shared/domain/personnummer';
import type { Role, UserFields } from '../../../shared/schemas/users';
import { ProfileEntity, UserEntity, type UserEntityRow } from '../db/entities';
import type { FieldCipher } from '../crypto/cipher';

/**
 * The rules' view of the rest of the customer. The values a save could clash on are known from
 * its fields, so each is one indexed look-up, not a scan of thousands of users.
 */
export async function rulesContext(
  m: EntityManager,
  cipher: FieldCipher,
  customerId: string,
  self: { id: string; stored: UserEntityRow | null },
  fields: UserFields,
  today: Date,
): Promise<UserRulesContext> {
  const taken = (
    where: Partial<Record<'emailKey' | 'personnummerFp' | 'employeeNumber', string>>,
  ) => m.exists(UserEntity, { where: { customerId, id: Not(self.id), ...where } });
  const email = emailKey(fields.email ?? '');
  const pnr = parsePersonnummer(fields.personnummer ?? '', today);
  const fingerprint = pnr.ok ? cipher.fingerprint(pnr.digits) : '';
  const employeeNumber = (fields.employeeNumber ?? '').trim();
  // One after another: a transaction is one connection, which runs one query at a time anyway,
  // and pg refuses (from version 9) a query sent while another is running on it.
  const emailClash = email ? await taken({ emailKey: email }) : false;
  const pnrClash = fingerprint ? await taken({ personnummerFp: fingerprint }) : false;
  const numberClash = employeeNumber ? await taken({ employeeNumber }) : false;
  const approver =
    fields.approverId && fields.approverId !== self.id
      ? await m.findOne(UserEntity, { where: { id: fields.approverId, customerId } })
      : undefined;
  return {
    selfId: self.id,
    emailTaken: (key) => key === email && emailClash,
    personnummerTaken: (digits) => cipher.fingerprint(digits) === fingerprint && pnrClash,
    employeeNumberTaken: (n) => n === employeeNumber && numberClash,
    approver:
      approver === undefined
        ? undefined
        : approver && { id: approver.id, role: approver.role as Role },
    hasStoredPersonnummer: Boolean(self.stored?.personnummerEnc),
    today,
  };
}

/** An approver who approves others keeps an approving role until they are given another. */
export async function assertNoApprovees(
  m: EntityManager,
  approverIds: string[],
  exceptIds: Set<string>,
): Promise<void> {
  if (approverIds.length === 0) return;
  const approvees = (
    await m.find(UserEntity, { where: approverIds.map((approverId) => ({ approverId })) })
  ).filter((u) => !exceptIds.has(u.id));
  if (approvees.length > 0) {
    throw new AppError('approver.hasApprovees', 'Attestansvarig för andra användare', {
      users: approvees.map((u) => `${u.firstName} ${u.lastName}`.trim()),
    });
  }
}

export function losesApproval(before: Role, after: Role): boolean {
  return canApprove(before) && !canApprove(after);
}

/** A profile named for a user must be the customer's; none named means the default. */
export async function profileFor(
  m: EntityManager,
  customerId: string,
  profileId: string | null,
): Promise<string | null> {
  if (profileId) {
    const found = await m.findOne(ProfileEntity, { where: { id: profileId, customerId } });
    if (!found)
      throw new AppError('profile.notFound', 'Profilen finns inte hos kunden', {
        field: 'profileId',
      });
    return found.id;
  }
  const fallback = await m.findOne(ProfileEntity, { where: { customerId, isDefault: true } });
  return fallback?.id ?? null;
}
