import { randomUUID } from 'node:crypto';
import { In, Not, type EntityManager } from 'typeorm';
import type { ErasureResult, PersonQuery } from '../../../shared/schemas/privacy';
import { writeAudit } from '../audit/audit-service';
import {
  AuditEntity,
  CustomerEntity,
  DraftEntity,
  PrimaryContactEntity,
  UserEntity,
} from '../db/entities';
import { CustomerMessagingEntity, OutboxEntity, UserInvitationEntity } from '../db/mail-entities';
import { isoNow, type ServiceContext } from '../context';
import { eraseFromBlikk } from './person-blikk';
import { redactNote } from './person-customers';
import { foundRows } from './person-export';
import { fingerprintContacts, personKey, type PersonKey, type PersonRows } from './person-find';
import { dialectOf } from '../db/dialect';

/** What an erased primary contact reads as: the customer keeps a contact row to fill in again. */
export const ERASED_NAME = 'Raderad person';
/** What an address of theirs reads as in a note staff wrote. */
export const ERASED_ADDRESS = 'raderad e-postadress';

/**
 * Erases one person (GDPR art. 17) in one transaction: their user rows, invitations, messages
 * and drafts go; a primary-contact row stays (the customer has one) with nothing of them in it;
 * users they approved for keep their rows with no approver (to be chosen again: the checklist
 * shows them incomplete), since an approver's id pointing nowhere would name no one anyway;
 * a customer whose invoices went to their address has none (to be filled in again), and a note
 * on informing a contact keeps its words but not their name or address;
 * earlier audit entries about them keep their time, actor and kind but lose their subject and
 * before/after, and one entry records the erasure, by whom and when, naming no one.
 * Deleted bytes are zeroed (secure_delete, left on for the writer connection from then on: later
 * deletes of personal data want it too) and the log checkpointed away, so neither the file nor
 * its WAL keeps a copy.
 */
export async function erasePerson(ctx: ServiceContext, query: PersonQuery): Promise<ErasureResult> {
  const key = personKey(ctx, query);
  await dialectOf(ctx.ds).zeroFreedSpace(ctx.ds);
  const { result, customerIds } = await ctx.ds.transaction(async (m) => {
    await fingerprintContacts(ctx, m);
    const rows = await foundRows(ctx, m, key);
    const counts = {
      users: rows.users.length,
      contacts: rows.contacts.length,
      invitations: rows.invitations.length,
      messages: rows.messages.length,
      blikk: await eraseFromBlikk(ctx, m, rows),
      drafts: await eraseDrafts(ctx, m, rows, key),
      audit: rows.audit.length,
    };
    await eraseRows(ctx, m, rows);
    const auditId = await recordErasure(ctx, m, counts);
    return { result: { auditId, counts }, customerIds: [...rows.customerNames.keys()] };
  });
  // The pages before the erasure are still in the WAL until it is checkpointed and cut.
  await dialectOf(ctx.ds).dropLoggedCopies(ctx.ds);
  ctx.emit('customers:changed', { ids: customerIds });
  for (const customerId of customerIds) ctx.emit('users:changed', { customerId });
  ctx.emit('outbox:changed', { customerIds });
  return result;
}

async function eraseRows(ctx: ServiceContext, m: EntityManager, rows: PersonRows) {
  const userIds = rows.users.map((u) => u.id);
  if (userIds.length) {
    await m.update(
      UserEntity,
      { approverId: In(userIds), id: Not(In(userIds)) },
      { approverId: null, updatedAt: isoNow(ctx) },
    );
    await m.delete(UserInvitationEntity, { userId: In(userIds) });
    await m.delete(UserEntity, { id: In(userIds) });
  }
  for (const contact of rows.contacts) {
    await m.update(
      PrimaryContactEntity,
      { customerId: contact.customerId },
      {
        name: ERASED_NAME,
        email: '',
        phone: '',
        personnummerEnc: null,
        personnummerFp: null,
        alsoFirstAdmin: false,
        updatedAt: isoNow(ctx),
      },
    );
  }
  await eraseFromCustomers(ctx, m, rows);
  const messageIds = rows.messages.map(({ row }) => row.id);
  if (messageIds.length) await m.delete(OutboxEntity, { id: In(messageIds) });
  const auditIds = rows.audit.map((a) => a.id);
  if (auditIds.length) {
    await m.update(
      AuditEntity,
      { id: In(auditIds) },
      { subject: '', beforeJson: null, afterJson: null },
    );
  }
}

async function eraseFromCustomers(ctx: ServiceContext, m: EntityManager, rows: PersonRows) {
  const customerIds = rows.invoiceEmails.map((c) => c.customerId);
  if (customerIds.length) {
    await m.update(
      CustomerEntity,
      { id: In(customerIds) },
      { invoiceEmail: '', updatedAt: isoNow(ctx) },
    );
  }
  const words = { name: ERASED_NAME, address: ERASED_ADDRESS };
  for (const { customerId, note } of rows.notes) {
    await m.update(
      CustomerMessagingEntity,
      { customerId },
      {
        contactInformedNote: redactNote(note, rows.names, rows.addresses, words),
        updatedAt: isoNow(ctx),
      },
    );
  }
}

/** Unfinished wizards that hold their personnummer, address or name (drafts are few). */
async function eraseDrafts(
  ctx: ServiceContext,
  m: EntityManager,
  rows: PersonRows,
  key: PersonKey,
): Promise<number> {
  const digits = [
    ...('digits' in key ? [key.digits] : []),
    ...rows.users.flatMap((u) =>
      u.personnummerEnc ? [ctx.cipher.decrypt(u.personnummerEnc)] : [],
    ),
  ];
  const needles = [
    ...digits.flatMap((d) => [
      d,
      d.slice(2),
      `${d.slice(0, 8)}-${d.slice(8)}`,
      `${d.slice(2, 8)}-${d.slice(8)}`,
    ]),
    ...rows.addresses,
    ...rows.names.map((n) => n.toLowerCase()),
  ];
  const drafts = await m.find(DraftEntity);
  const theirs = drafts.filter((d) => {
    const text = ctx.cipher.decrypt(d.payloadEnc).toLowerCase();
    return needles.some((needle) => text.includes(needle));
  });
  if (theirs.length) await m.delete(DraftEntity, { key: In(theirs.map((d) => d.key)) });
  return theirs.length;
}

async function recordErasure(
  ctx: ServiceContext,
  m: EntityManager,
  counts: ErasureResult['counts'],
): Promise<number> {
  await writeAudit(ctx, m, {
    entity: 'person',
    entityId: randomUUID(),
    customerId: null,
    action: 'erase',
    before: null,
    after: { ...counts },
    subject: '',
  });
  const last = await m.find(AuditEntity, { order: { id: 'DESC' }, take: 1 });
  return last[0]?.id ?? 0;
}
