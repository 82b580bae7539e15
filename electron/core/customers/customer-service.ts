import { randomUUID } from 'node:crypto';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type {
  CollaborationInput,
  CustomerDetail,
  CustomerRow,
  CustomerUpdateInput,
  ExistingCustomerRef,
} from '../../../shared/schemas/customer';
import { AppError } from '../../../shared/errors';
import { validateCollaboration } from '../../../shared/domain/collaboration';
import {
  formatOrganisationsnummer,
  parseOrganisationsnummer,
} from '../../../shared/domain/organisationsnummer';
import { formatPersonnummer, parsePersonnummer } from '../../../shared/domain/personnummer';
import { writeAudit } from '../audit/audit-service';
import {
  BureauEntity,
  CollaborationEntity,
  CustomerEntity,
  PrimaryContactEntity,
  type CollaborationRow,
  type CustomerEntityRow,
  type PrimaryContactRow,
} from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { factsOf, onboardingOf } from '../onboarding/onboarding-service';
import { NOT_CONNECTED, syncStatuses } from '../blikk/sync-status';
import { insertDefaultProfile } from '../settings/profile-service';
import { readLicences, recordLicences, startHistory } from '../users/licence-service';
import { syncUserFromContact } from '../users/primary-contact';
import { assertNoErrors } from '../validation';
import { addressOf, auditView, toDetail, trimmed, type CustomerRecord } from './customer-mapper';
import { recordInvoicing } from '../invoices/invoicing-history';
import { dialectOf } from '../db/dialect';
import { isStale, nextVersion, staleError, versionMissing } from '../conflicts/stale';

export async function listCustomers(
  ctx: ServiceContext,
  query: { search?: string | undefined },
): Promise<CustomerRow[]> {
  const qb = ctx.ds
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .innerJoin(CollaborationEntity.options.name, 'k', 'k.customer_id = c.id')
    .leftJoin(PrimaryContactEntity.options.name, 'p', 'p.customer_id = c.id')
    .select([
      'c.id AS id',
      'c.name AS name',
      'c.orgnr AS orgnr',
      'k.version AS version',
      'k.licences AS licences',
      'k.payer AS payer',
      'k.method AS method',
      'p.customer_id AS "contactId"',
      'c.updated_at AS "cUpdated"',
      'k.updated_at AS "kUpdated"',
      'p.updated_at AS "pUpdated"',
    ]);
  applySearch(qb, query.search);
  const rows: RawListRow[] = await qb.getRawMany();
  const facts = await factsOf(ctx.ds.manager);
  const sync = await syncStatuses(ctx.ds.manager);
  // Sorted here, not in SQL: databases order å, ä, ö by byte, Swedish puts them after z.
  rows.sort((a, b) => SWEDISH.compare(a.name, b.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    orgnr: formatOrganisationsnummer(r.orgnr),
    version: r.version as CustomerRow['version'],
    licences: Number(r.licences),
    payer: r.payer as CustomerRow['payer'],
    method: r.method as CustomerRow['method'],
    onboarding: onboardingOf(facts(r.id)),
    blikk: sync.get(r.id) ?? NOT_CONNECTED,
    updatedAt: [r.cUpdated, r.kUpdated, r.pUpdated ?? ''].sort().at(-1) ?? r.cUpdated,
  }));
}

const SWEDISH = new Intl.Collator('sv');
const NEW_CUSTOMER = {
  hasContact: false,
  reviewed: new Set<string>(),
  users: 0,
  incompleteUsers: 0,
  contactInformed: false,
  invitedUsers: 0,
};

interface RawListRow {
  id: string;
  name: string;
  orgnr: string;
  version: string;
  licences: number | string;
  payer: string;
  method: string;
  contactId: string | null;
  cUpdated: string;
  kUpdated: string;
  pUpdated: string | null;
}

/** Digits (with or without the dash) search the number; anything else searches the name. */
function applySearch(qb: SelectQueryBuilder<CustomerEntityRow>, search: string | undefined): void {
  const term = (search ?? '').trim().toLowerCase();
  if (!term) return;
  const digits = term.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) {
    qb.where('c.orgnr LIKE :q', { q: `%${digits}%` });
  } else {
    qb.where('c.name_key LIKE :q', { q: `%${escapeLike(term)}%` });
  }
}

// LIKE's wildcards in a user's search are taken as any character: harmless, and no ESCAPE clause
// (whose syntax differs between databases) is needed.
function escapeLike(term: string): string {
  return term.replace(/[%_]/g, '_');
}

export async function getCustomer(ctx: ServiceContext, id: string): Promise<CustomerDetail> {
  const facts = await factsOf(ctx.ds.manager, [id]);
  return toDetail(await loadRecord(ctx.ds.manager, id), ctx.cipher, facts(id));
}

async function loadRecord(m: EntityManager, id: string): Promise<CustomerRecord> {
  const customer = await m.findOne(CustomerEntity, { where: { id } });
  const collaboration = await m.findOne(CollaborationEntity, { where: { customerId: id } });
  if (!customer || !collaboration) {
    throw new AppError('customer.notFound', 'Kunden finns inte', { id });
  }
  const contact = await m.findOne(PrimaryContactEntity, { where: { customerId: id } });
  return { customer, collaboration, contact };
}

export async function findByOrgnr(
  ctx: ServiceContext,
  orgnr: string,
): Promise<ExistingCustomerRef | null> {
  const parsed = parseOrganisationsnummer(orgnr);
  if (!parsed.ok) return null;
  const row = await ctx.ds
    .getRepository(CustomerEntity)
    .findOne({ where: { orgnr: parsed.digits } });
  return row ? { id: row.id, name: row.name, orgnr: formatOrganisationsnummer(row.orgnr) } : null;
}

export async function createCustomer(
  ctx: ServiceContext,
  input: CollaborationInput,
): Promise<CustomerDetail> {
  const detail = await ctx.ds.transaction((m) => insertCustomer(ctx, m, input));
  ctx.emit('customers:changed', { ids: [detail.id] });
  return detail;
}

/**
 * A new customer's rows in the caller's transaction, so that a caller adding more (the demo: its
 * users and reviewed settings) commits the customer and the rest together or not at all.
 */
export async function insertCustomer(
  ctx: ServiceContext,
  m: EntityManager,
  input: CollaborationInput,
): Promise<CustomerDetail> {
  await validate(m, input, null);
  const id = randomUUID();
  await assertUniqueOrgnr(m, input.customer.orgnr, null);
  const record = buildRecord(ctx, input, id, null);
  await m.insert(CustomerEntity, record.customer);
  await m.insert(CollaborationEntity, record.collaboration);
  if (record.contact) await m.insert(PrimaryContactEntity, record.contact);
  await insertDefaultProfile(m, id, record.customer.createdAt);
  await startHistory(ctx, m, id, record.collaboration.licences);
  await recordInvoicing(ctx, m, id, record.collaboration);
  await syncUserFromContact(ctx, m, record.contact, id);
  const created = toDetail(record, ctx.cipher, NEW_CUSTOMER);
  await writeAudit(ctx, m, {
    entity: 'customer',
    entityId: id,
    customerId: id,
    action: 'create',
    before: null,
    after: auditView(created),
  });
  return created;
}

export async function updateCustomer(
  ctx: ServiceContext,
  input: CustomerUpdateInput,
  options: { requireVersion?: boolean } = {},
): Promise<CustomerDetail> {
  const { id, recordVersion: readAt, ...fields } = input;
  const detail = await ctx.ds.transaction(async (m) => {
    // Locked before it is read: the version checked is the one this transaction overwrites.
    await dialectOf(m.connection).lockCustomer(m, id);
    const existing = await loadRecord(m, id);
    if (readAt === undefined && options.requireVersion) throw versionMissing();
    if (readAt !== undefined && isStale(existing.customer, readAt)) {
      throw await staleCustomer(ctx, m, existing, readAt);
    }
    await validate(m, fields, existing);
    await assertUniqueOrgnr(m, fields.customer.orgnr, id);
    const record = buildRecord(ctx, fields, id, existing);
    const licences = await readLicences(m, id);
    await recordLicences(ctx, m, id, record.collaboration.licences, undefined, licences);
    await recordInvoicing(ctx, m, id, record.collaboration);
    await m.save(CustomerEntity, record.customer);
    await m.save(CollaborationEntity, record.collaboration);
    if (record.contact) await m.save(PrimaryContactEntity, record.contact);
    else await m.delete(PrimaryContactEntity, { customerId: id });
    await syncUserFromContact(ctx, m, record.contact, id);
    const facts = (await factsOf(m, [id]))(id);
    const before = toDetail(existing, ctx.cipher, facts);
    const after = toDetail(record, ctx.cipher, facts);
    await writeAudit(ctx, m, {
      entity: 'customer',
      entityId: id,
      customerId: id,
      action: 'update',
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
  ctx.emit('customers:changed', { ids: [id] });
  return detail;
}

/** conflict.stale for a customer: the record as its reader sees it now, masked. */
async function staleCustomer(
  ctx: ServiceContext,
  m: EntityManager,
  existing: CustomerRecord,
  readAt: number,
): Promise<AppError> {
  const id = existing.customer.id;
  const current = toDetail(existing, ctx.cipher, (await factsOf(m, [id]))(id));
  return staleError(
    m,
    // The licences are the customer form's too, audited under their own entity.
    { entity: 'customer', auditEntities: ['customer', 'licences'], id },
    current.recordVersion,
    readAt,
    current as unknown as Record<string, unknown>,
  );
}

export async function revealContactPersonnummer(
  ctx: ServiceContext,
  id: string,
): Promise<{ personnummer: string | null }> {
  return ctx.ds.transaction(async (m) => {
    const { contact } = await loadRecord(m, id);
    if (!contact?.personnummerEnc) return { personnummer: null };
    // Showing a full personnummer is itself recorded: who looked, and when.
    await writeAudit(ctx, m, {
      entity: 'contact.personnummer',
      entityId: id,
      customerId: id,
      action: 'reveal',
      before: null,
      after: null,
    });
    return { personnummer: formatPersonnummer(ctx.cipher.decrypt(contact.personnummerEnc)) };
  });
}

async function validate(
  m: EntityManager,
  input: CollaborationInput,
  existing: CustomerRecord | null,
): Promise<void> {
  const bureau = await m.findOne(BureauEntity, { where: { id: 1 } });
  assertNoErrors(
    validateCollaboration(input, {
      hasResellerAgreement: Boolean(bureau?.resellerAgreement),
      contactHasStoredPersonnummer: Boolean(existing?.contact?.personnummerEnc),
    }),
  );
}

async function assertUniqueOrgnr(m: EntityManager, orgnr: string, selfId: string | null) {
  const parsed = parseOrganisationsnummer(orgnr);
  if (!parsed.ok) throw new AppError('orgnr.invalid');
  const other = await m.findOne(CustomerEntity, { where: { orgnr: parsed.digits } });
  if (other && other.id !== selfId) {
    throw new AppError('orgnr.duplicate', 'Kunden finns redan', {
      existing: { id: other.id, name: other.name, orgnr: formatOrganisationsnummer(other.orgnr) },
    });
  }
}

function buildRecord(
  ctx: ServiceContext,
  input: CollaborationInput,
  id: string,
  existing: CustomerRecord | null,
): CustomerRecord {
  const now = isoNow(ctx);
  const orgnr = parseOrganisationsnummer(input.customer.orgnr);
  if (!orgnr.ok) throw new AppError('orgnr.invalid');
  const name = input.customer.name.trim();
  const address = addressOf(input.customer.address);
  const customer: CustomerEntityRow = {
    id,
    name,
    nameKey: name.toLowerCase(),
    orgnr: orgnr.digits,
    orgType: orgnr.type,
    ...address,
    phone: trimmed(input.customer.phone),
    invoiceEmail: trimmed(input.customer.invoiceEmail),
    createdAt: existing?.customer.createdAt ?? now,
    updatedAt: now,
    recordVersion: nextVersion(existing?.customer),
  };
  return {
    customer,
    collaboration: buildCollaboration(input, id, existing?.collaboration ?? null, now),
    contact: buildContact(ctx, input, id, existing?.contact ?? null, now),
  };
}

function buildCollaboration(
  input: CollaborationInput,
  customerId: string,
  existing: CollaborationRow | null,
  now: string,
): CollaborationRow {
  const { invoicing } = input;
  const eInvoice = invoicing.method === 'e-invoice' ? invoicing.eInvoice : undefined;
  const paper = addressOf(invoicing.method === 'paper' ? invoicing.paperAddress : undefined);
  return {
    id: existing?.id ?? randomUUID(),
    customerId,
    version: input.version,
    licences: input.licences,
    payer: invoicing.payer,
    method: invoicing.method,
    eInvoiceScheme: eInvoice?.scheme ?? null,
    eInvoiceId: eInvoice ? eInvoice.id.trim() : null,
    paperStreet: paper.street,
    paperPostalCode: paper.postalCode,
    paperCity: paper.city,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

function buildContact(
  ctx: ServiceContext,
  input: CollaborationInput,
  customerId: string,
  existing: PrimaryContactRow | null,
  now: string,
): PrimaryContactRow | null {
  const contact = input.contact;
  if (!contact) return null;
  return {
    customerId,
    name: contact.name.trim(),
    email: contact.email.trim(),
    phone: trimmed(contact.phone),
    ...contactPersonnummer(ctx, contact.personnummer, existing),
    alsoFirstAdmin: contact.alsoFirstAdmin,
    updatedAt: now,
  };
}

/** Absent keeps the stored number, empty removes it, a number replaces it (encrypted). */
function contactPersonnummer(
  ctx: ServiceContext,
  value: string | undefined,
  existing: PrimaryContactRow | null,
): Pick<PrimaryContactRow, 'personnummerEnc' | 'personnummerFp'> {
  if (value === undefined) {
    return {
      personnummerEnc: existing?.personnummerEnc ?? null,
      personnummerFp: existing?.personnummerFp ?? null,
    };
  }
  if (value.trim() === '') return { personnummerEnc: null, personnummerFp: null };
  const parsed = parsePersonnummer(value, ctx.now());
  if (!parsed.ok) throw new AppError(parsed.code);
  return {
    personnummerEnc: ctx.cipher.encrypt(parsed.digits),
    personnummerFp: ctx.cipher.fingerprint(parsed.digits),
  };
}
