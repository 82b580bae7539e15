import type { EntityManager } from 'typeorm';
import { Not } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { canApprove, type UserRulesContext } from '../../../shared/domain/users';
import type { Role } from '../../../shared/schemas/users';
import { ProfileEntity, UserEntity, type UserEntityRow } from '../db/entities';
import type { FieldCipher } from '../crypto/cipher';

/** The rules' view of the rest of the customer, answered by indexed queries. */
export async function rulesContext(
  m: EntityManager,
  cipher: FieldCipher,
  customerId: string,
  self: { id: string; stored: UserEntityRow | null },
  approverId: string | null,
  today: Date,
): Promise<UserRulesContext> {
  const others = { customerId, id: Not(self.id) };
  const [emails, numbers, approver] = await Promise.all([
    m.find(UserEntity, { select: { emailKey: true }, where: { ...others, emailKey: Not('') } }),
    m.find(UserEntity, {
      select: { employeeNumber: true },
      where: { ...others, employeeNumber: Not('') },
    }),
    approverId && approverId !== self.id
      ? m.findOne(UserEntity, { where: { id: approverId, customerId } })
      : Promise.resolve(undefined),
  ]);
  const fingerprints = new Set(
    (
      await m.find(UserEntity, {
        select: { personnummerFp: true },
        where: { ...others, personnummerFp: Not('') },
      })
    ).map((u) => u.personnummerFp),
  );
  const emailSet = new Set(emails.map((u) => u.emailKey));
  const numberSet = new Set(numbers.map((u) => u.employeeNumber));
  return {
    selfId: self.id,
    emailTaken: (key) => emailSet.has(key),
    personnummerTaken: (digits) => fingerprints.has(cipher.fingerprint(digits)),
    employeeNumberTaken: (n) => numberSet.has(n),
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
