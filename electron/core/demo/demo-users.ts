import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { emailKey } from '../../../shared/domain/users';
import { writeAuditMany } from '../audit/audit-service';
import { bulkInsert } from '../db/bulk-insert';
import { ProfileEntity, UserEntity, type UserEntityRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { readLicences, recordLicences } from '../users/licence-service';
import type { DemoUser } from './generate';

/**
 * Inserts a customer's demo users in bulk (chunks of a multi-row insert), in the caller's
 * transaction, buying licences for them first. Generated users are valid by construction; the
 * rules are exercised by the real saves, not here.
 */
export async function insertDemoUsers(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  users: DemoUser[],
) {
  if (users.length === 0) return;
  const licences = await readLicences(m, customerId);
  const needed = licences.assigned.total + users.length;
  if (needed > licences.licences)
    await recordLicences(ctx, m, customerId, needed, undefined, licences);
  const profile = await m.findOneOrFail(ProfileEntity, {
    where: { customerId, isDefault: true },
  });
  const now = isoNow(ctx);
  const ids = users.map(() => randomUUID());
  // The primary contact may already be a user with one of the same test numbers.
  const taken = new Set(
    (await m.find(UserEntity, { where: { customerId } })).map((u) => u.personnummerFp),
  );
  const rows: UserEntityRow[] = users.map(withoutTaken(ctx, taken)).map((u, i) => ({
    id: ids[i]!,
    customerId,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    emailKey: emailKey(u.email),
    personnummerEnc: u.personnummer ? ctx.cipher.encrypt(u.personnummer) : null,
    personnummerFp: u.personnummer ? ctx.cipher.fingerprint(u.personnummer) : null,
    mobile: u.mobile,
    employeeNumber: u.employeeNumber,
    salaryForm: u.salaryForm,
    role: u.role,
    approverId: u.approverIndex === null ? null : (ids[u.approverIndex] ?? null),
    profileId: profile.id,
    isPrimaryContact: false,
    invitedAt: null,
    createdAt: now,
    updatedAt: now,
    recordVersion: 1,
  }));
  await bulkInsert(m, UserEntity, rows);
  await writeAuditMany(
    ctx,
    m,
    rows.map((row) => ({
      entity: 'user',
      entityId: row.id,
      customerId,
      action: 'create' as const,
      before: null,
      after: { firstName: row.firstName, lastName: row.lastName, role: row.role, demo: true },
    })),
  );
}

function withoutTaken(ctx: ServiceContext, taken: Set<string | null>) {
  return (u: DemoUser, i: number): DemoUser => {
    if (!u.personnummer || !taken.has(ctx.cipher.fingerprint(u.personnummer))) return u;
    return { ...u, personnummer: null, email: u.email || `anvandare${i + 1}@demo.example` };
  };
}
