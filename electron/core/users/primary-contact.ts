import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { emailKey, splitFullName } from '../../../shared/domain/users';
import {
  CustomerEntity,
  PrimaryContactEntity,
  UserEntity,
  type PrimaryContactRow,
  type UserEntityRow,
} from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { writeAudit } from '../audit/audit-service';
import { assertCapacity } from './licence-service';
import { auditViewOf } from './user-mapper';
import { profileFor } from './user-rules';

/*
 * The primary contact the wizard made the first Administratör is one person in two places:
 * editing either shows in the other. These two functions keep them the same, inside the
 * transaction that changes one of them.
 */

export async function syncContactFromUser(
  ctx: ServiceContext,
  m: EntityManager,
  user: UserEntityRow,
) {
  await m.update(
    PrimaryContactEntity,
    { customerId: user.customerId },
    {
      name: `${user.firstName} ${user.lastName}`.trim(),
      email: user.email,
      phone: user.mobile,
      personnummerEnc: user.personnummerEnc,
      personnummerFp: user.personnummerFp,
      updatedAt: isoNow(ctx),
    },
  );
  // The contact is part of the customer's form: one opened before this is stale now.
  await m.increment(CustomerEntity, { id: user.customerId }, 'recordVersion', 1);
}

/**
 * The contact's user was deleted: the contact stays the customer's primary contact, no longer
 * its first Administratör, so that editing the customer does not bring the user back unasked.
 */
export async function forgetContactUser(m: EntityManager, customerId: string): Promise<void> {
  await m.update(PrimaryContactEntity, { customerId }, { alsoFirstAdmin: false });
}

export async function syncUserFromContact(
  ctx: ServiceContext,
  m: EntityManager,
  contact: PrimaryContactRow | null,
  customerId: string,
): Promise<void> {
  const user = await m.findOne(UserEntity, { where: { customerId, isPrimaryContact: true } });
  if (!contact) {
    if (user)
      await m.update(
        UserEntity,
        { id: user.id },
        { isPrimaryContact: false, recordVersion: Number(user.recordVersion) + 1 },
      );
    return;
  }
  if (user)
    return void (await m.save(UserEntity, {
      ...user,
      ...personOf(ctx, contact),
      updatedAt: isoNow(ctx),
      recordVersion: Number(user.recordVersion) + 1,
    }));
  if (contact.alsoFirstAdmin) await createContactUser(ctx, m, contact);
}

async function createContactUser(
  ctx: ServiceContext,
  m: EntityManager,
  contact: PrimaryContactRow,
) {
  await assertCapacity(m, contact.customerId, 1);
  const id = randomUUID();
  const now = isoNow(ctx);
  const row: UserEntityRow = {
    id,
    customerId: contact.customerId,
    ...personOf(ctx, contact),
    employeeNumber: '',
    salaryForm: null,
    role: 'admin',
    // An administrator may approve their own time: the natural start for a first user.
    approverId: id,
    profileId: await profileFor(m, contact.customerId, null),
    isPrimaryContact: true,
    invitedAt: null,
    createdAt: now,
    updatedAt: now,
    recordVersion: 1,
  };
  await m.insert(UserEntity, row);
  // In the history like any other new user: "Lade till användaren Örjan Åkesson".
  await writeAudit(ctx, m, {
    entity: 'user',
    entityId: id,
    customerId: contact.customerId,
    action: 'create',
    before: null,
    after: auditViewOf(row, ctx.cipher),
  });
}

function personOf(ctx: ServiceContext, contact: PrimaryContactRow) {
  const digits = contact.personnummerEnc ? ctx.cipher.decrypt(contact.personnummerEnc) : null;
  return {
    ...splitFullName(contact.name),
    email: contact.email,
    emailKey: emailKey(contact.email),
    mobile: contact.phone,
    personnummerEnc: contact.personnummerEnc,
    personnummerFp: digits ? ctx.cipher.fingerprint(digits) : null,
  };
}
