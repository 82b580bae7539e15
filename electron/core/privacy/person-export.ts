import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { formatPersonnummer, maskPersonnummer } from '../../../shared/domain/personnummer';
import { AppError } from '../../../shared/errors';
import type { PersonOverview, PersonQuery, PersonRecord } from '../../../shared/schemas/privacy';
import { actorName, toEntry, writeAudit } from '../audit/audit-service';
import { BureauEntity } from '../db/entities';
import { isoNow, swedishToday, type ServiceContext } from '../context';
import { blikkAbout } from './person-blikk';
import {
  findPersonRows,
  fingerprintContacts,
  personKey,
  type PersonKey,
  type PersonRows,
} from './person-find';
import { renderOf } from '../render/render-thread';

/** Where a person is held (no personnummer shown): what the search page lists. */
export async function findPerson(ctx: ServiceContext, query: PersonQuery): Promise<PersonOverview> {
  const key = personKey(ctx, query);
  const record = await ctx.ds.transaction(async (m) => {
    await fingerprintContacts(ctx, m);
    return recordOf(ctx, m, key, await foundRows(ctx, m, key));
  });
  return overviewOf(record);
}

/** Everything held about one person as JSON or a Swedish PDF; the export itself is audited. */
export async function exportPerson(
  ctx: ServiceContext,
  query: PersonQuery,
  format: 'json' | 'pdf',
): Promise<{ fileName: string; bytes: Buffer }> {
  const key = personKey(ctx, query);
  const { record, bureauName } = await ctx.ds.transaction(async (m) => {
    await fingerprintContacts(ctx, m);
    const rows = await foundRows(ctx, m, key);
    const record = await recordOf(ctx, m, key, rows);
    await writeAudit(ctx, m, {
      entity: 'person',
      entityId: randomUUID(),
      customerId: null,
      action: 'export',
      before: null,
      after: { format, found: maskedKey(key), ...overviewOf(record).counts },
      subject: overviewOf(record).name,
    });
    const bureau = await m.findOne(BureauEntity, { where: { id: 1 } });
    return { record, bureauName: bureau?.name ?? '' };
  });
  const bytes =
    format === 'json'
      ? Buffer.from(JSON.stringify(record, null, 2), 'utf8')
      : await renderOf(ctx, 'personPdf', record, bureauName);
  return { fileName: `Registerutdrag ${swedishToday(ctx)}.${format}`, bytes };
}

/** What the audit may say about the key: never the personnummer in clear. */
export const maskedKey = (key: PersonKey): string =>
  'email' in key ? key.email : maskPersonnummer(key.digits);

export async function foundRows(
  ctx: ServiceContext,
  m: EntityManager,
  key: PersonKey,
): Promise<PersonRows> {
  const rows = await findPersonRows(ctx, m, key);
  const held = [rows.users, rows.contacts, rows.messages, rows.invoiceEmails];
  if (held.every((found) => found.length === 0)) {
    throw new AppError('person.notFound', 'Ingen person med de uppgifterna finns i Kundstart.');
  }
  return rows;
}

async function recordOf(
  ctx: ServiceContext,
  m: EntityManager,
  key: PersonKey,
  rows: PersonRows,
): Promise<PersonRecord> {
  const customer = (id: string) => rows.customerNames.get(id) ?? '';
  const clear = (enc: string | null) => (enc ? formatPersonnummer(ctx.cipher.decrypt(enc)) : null);
  return {
    exportedAt: isoNow(ctx),
    exportedBy: await actorName(m),
    query: {
      personnummer: 'digits' in key ? formatPersonnummer(key.digits) : null,
      email: 'email' in key ? key.email : null,
    },
    users: rows.users.map((u) => ({
      customerId: u.customerId,
      customerName: customer(u.customerId),
      userId: u.id,
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
      personnummer: clear(u.personnummerEnc),
      mobile: u.mobile,
      employeeNumber: u.employeeNumber,
      role: u.role,
      salaryForm: u.salaryForm,
      isPrimaryContact: u.isPrimaryContact,
      invitedAt: u.invitedAt,
      createdAt: u.createdAt,
      updatedAt: u.updatedAt,
    })),
    contacts: rows.contacts.map((c) => ({
      customerId: c.customerId,
      customerName: customer(c.customerId),
      name: c.name,
      email: c.email,
      phone: c.phone,
      personnummer: clear(c.personnummerEnc),
      alsoFirstAdmin: c.alsoFirstAdmin,
      updatedAt: c.updatedAt,
    })),
    invitations: rows.invitations.map((i) => ({
      customerId: i.customerId,
      userId: i.userId,
      emailState: i.emailState,
      emailStateAt: i.emailStateAt,
      letterAt: i.letterAt,
      blikkWelcomeAt: i.blikkWelcomeAt,
      loggedInAt: i.loggedInAt,
      remindedAt: i.remindedAt,
    })),
    messages: rows.messages.map(({ row, payload }) => ({
      id: row.id,
      customerId: row.customerId,
      kind: row.kind,
      state: row.state,
      to: `${payload.to.name} <${payload.to.address}>`,
      subject: payload.subject,
      text: payload.text,
      createdAt: row.createdAt,
      sentAt: row.sentAt,
    })),
    blikk: await blikkAbout(ctx, m, rows),
    invoiceEmails: rows.invoiceEmails.map((c) => ({
      customerId: c.customerId,
      customerName: customer(c.customerId),
      invoiceEmail: c.invoiceEmail,
    })),
    notes: rows.notes.map((n) => ({
      customerId: n.customerId,
      customerName: customer(n.customerId),
      note: n.note,
    })),
    audit: rows.audit.map(toEntry),
  };
}

function overviewOf(record: PersonRecord): PersonOverview {
  const places = new Map<string, PersonOverview['places'][number]>();
  const place = (customerId: string, customerName: string) =>
    places.get(customerId) ??
    places
      .set(customerId, { customerId, customerName, asUser: false, asContact: false })
      .get(customerId)!;
  for (const u of record.users) place(u.customerId, u.customerName).asUser = true;
  for (const c of record.contacts) place(c.customerId, c.customerName).asContact = true;
  const first = record.users[0];
  return {
    name: first ? `${first.firstName} ${first.lastName}` : (record.contacts[0]?.name ?? ''),
    places: [...places.values()],
    counts: {
      users: record.users.length,
      contacts: record.contacts.length,
      invitations: record.invitations.length,
      messages: record.messages.length,
      blikk: record.blikk.length,
      audit: record.audit.length,
    },
  };
}
