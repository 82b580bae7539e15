import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { parsePersonnummer } from '../../../shared/domain/personnummer';
import { emailKey } from '../../../shared/domain/users';
import { AppError } from '../../../shared/errors';
import type { PersonQuery } from '../../../shared/schemas/privacy';
import {
  AuditEntity,
  CustomerEntity,
  PrimaryContactEntity,
  UserEntity,
  type AuditRow,
  type PrimaryContactRow,
  type UserEntityRow,
} from '../db/entities';
import {
  OutboxEntity,
  UserInvitationEntity,
  type OutboxPayload,
  type OutboxRow,
  type UserInvitationRow,
} from '../db/mail-entities';
import type { ServiceContext } from '../context';
import { payloadOf } from '../mail/outbox-store';
import {
  findInformedNotes,
  findInvoiceEmails,
  type InformedNoteRow,
  type InvoiceEmailRow,
} from './person-customers';

/** A person's key: the personnummer's fingerprint or a lower-cased e-mail, never both. */
export type PersonKey = { fingerprint: string; digits: string } | { email: string };

/** Every row about one person, as stored: what export reads and erasure removes. */
export interface PersonRows {
  users: UserEntityRow[];
  contacts: PrimaryContactRow[];
  invitations: UserInvitationRow[];
  messages: { row: OutboxRow; payload: OutboxPayload }[];
  audit: AuditRow[];
  invoiceEmails: InvoiceEmailRow[];
  notes: InformedNoteRow[];
  customerNames: Map<string, string>;
  /** Their names and addresses as written anywhere (lower-cased addresses). */
  names: string[];
  addresses: string[];
}

/** The query checked: exactly one of personnummer and e-mail; a personnummer must be valid. */
export function personKey(ctx: ServiceContext, query: PersonQuery): PersonKey {
  const pnr = query.personnummer?.trim() ?? '';
  const email = query.email?.trim() ?? '';
  if (Boolean(pnr) === Boolean(email)) {
    throw new AppError('person.query', 'Ange antingen ett personnummer eller en e-postadress.');
  }
  if (email) return { email: emailKey(email) };
  const parsed = parsePersonnummer(pnr, ctx.now());
  if (!parsed.ok) throw new AppError(parsed.code);
  return { fingerprint: ctx.cipher.fingerprint(parsed.digits), digits: parsed.digits };
}

/**
 * Contacts saved before their fingerprint was kept get it now, once: the look-up then never
 * needs to decrypt anyone else's personnummer. Inside the caller's transaction.
 */
export async function fingerprintContacts(ctx: ServiceContext, m: EntityManager): Promise<void> {
  const missing = await m.find(PrimaryContactEntity, {
    where: { personnummerEnc: Not(IsNull()), personnummerFp: IsNull() },
  });
  for (const contact of missing) {
    const digits = ctx.cipher.decrypt(contact.personnummerEnc ?? '');
    await m.update(
      PrimaryContactEntity,
      { customerId: contact.customerId },
      { personnummerFp: ctx.cipher.fingerprint(digits) },
    );
  }
}

export async function findPersonRows(
  ctx: ServiceContext,
  m: EntityManager,
  key: PersonKey,
): Promise<PersonRows> {
  const users = await m.find(UserEntity, {
    where: 'email' in key ? { emailKey: key.email } : { personnummerFp: key.fingerprint },
  });
  const contacts = await findContacts(m, key, users);
  const userIds = users.map((u) => u.id);
  const invitations = userIds.length
    ? await m.find(UserInvitationEntity, { where: { userId: In(userIds) } })
    : [];
  const names = unique([
    ...users.map((u) => `${u.firstName} ${u.lastName}`.trim()),
    ...contacts.map((c) => c.name.trim()),
  ]);
  const addresses = unique([
    ...('email' in key ? [key.email] : []),
    ...users.map((u) => u.emailKey),
    ...contacts.map((c) => emailKey(c.email)),
  ]);
  const customerIds = unique([...users, ...contacts].map((r) => r.customerId));
  const invoiceEmails = await findInvoiceEmails(m, addresses);
  const notes = await findInformedNotes(m, names, addresses);
  const named = unique([...customerIds, ...[...invoiceEmails, ...notes].map((r) => r.customerId)]);
  return {
    users,
    contacts,
    invitations,
    messages: await findMessages(ctx, m, userIds, customerIds, addresses),
    audit: await findAudit(m, userIds, customerIds, names, addresses),
    invoiceEmails,
    notes,
    customerNames: await customerNamesOf(m, named),
    names,
    addresses,
  };
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

async function findContacts(m: EntityManager, key: PersonKey, users: UserEntityRow[]) {
  const direct = await m
    .createQueryBuilder(PrimaryContactEntity, 'c')
    .where(
      'email' in key ? 'lower(c.email) = :email' : 'c.personnummer_fp = :fp',
      'email' in key ? { email: key.email } : { fp: key.fingerprint },
    )
    .getMany();
  // The contact who is also the customer's first administrator is the same person.
  const linked = users.filter((u) => u.isPrimaryContact).map((u) => u.customerId);
  const more = linked.length
    ? await m.find(PrimaryContactEntity, { where: { customerId: In(linked) } })
    : [];
  const byCustomer = new Map([...direct, ...more].map((c) => [c.customerId, c]));
  return [...byCustomer.values()];
}

/**
 * Messages to them: those about their user rows, and those to their address among the messages
 * of the customers they are held at (only those are decrypted, not the whole outbox).
 */
async function findMessages(
  ctx: ServiceContext,
  m: EntityManager,
  userIds: string[],
  customerIds: string[],
  addresses: string[],
) {
  const candidates = await m
    .createQueryBuilder(OutboxEntity, 'o')
    .where('o.user_id IN (:...userIds)', { userIds: userIds.length ? userIds : [''] })
    .orWhere('o.customer_id IN (:...customerIds)', {
      customerIds: customerIds.length ? customerIds : [''],
    })
    .orWhere('o.customer_id IS NULL')
    .getMany();
  return candidates
    .map((row) => ({ row, payload: payloadOf(ctx, row) }))
    .filter(
      ({ row, payload }) =>
        (row.userId !== null && userIds.includes(row.userId)) ||
        addresses.includes(emailKey(payload.to.address)),
    );
}

/** Entries about them: on their user rows, naming them at their customers, or their address. */
async function findAudit(
  m: EntityManager,
  userIds: string[],
  customerIds: string[],
  names: string[],
  addresses: string[],
): Promise<AuditRow[]> {
  const q = m.createQueryBuilder(AuditEntity, 'a').where('1 = 0');
  if (userIds.length) q.orWhere('a.entity_id IN (:...userIds)', { userIds });
  if (names.length && customerIds.length) {
    q.orWhere('(a.subject IN (:...names) AND a.customer_id IN (:...customerIds))', {
      names,
      customerIds,
    });
  }
  // Earlier exports of this person's data, named by the person.
  if (names.length) q.orWhere("(a.entity = 'person' AND a.subject IN (:...names))", { names });
  // Their name as staff wrote it into a change, e.g. the note on informing them.
  names.forEach((name, i) => {
    const like = `%${escapeLike(name)}%`;
    q.orWhere(`(a.before_json LIKE :n${i} ESCAPE '\\' OR a.after_json LIKE :n${i} ESCAPE '\\')`, {
      [`n${i}`]: like,
    });
  });
  addresses.forEach((address, i) => {
    const like = `%${escapeLike(address)}%`;
    q.orWhere(
      `(lower(a.before_json) LIKE :a${i} ESCAPE '\\' OR lower(a.after_json) LIKE :a${i} ESCAPE '\\')`,
      { [`a${i}`]: like },
    );
  });
  const rows = await q.orderBy('a.id').getMany();
  return rows.filter((r) => r.action !== 'erase');
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

async function customerNamesOf(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await m.find(CustomerEntity, { where: { id: In(ids) } });
  return new Map(rows.map((c) => [c.id, c.name]));
}
