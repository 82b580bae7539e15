import type { EntityManager } from 'typeorm';
import type { CustomerDetail } from '../../../shared/schemas/customer';
import type { MailTemplateKind } from '../../../shared/schemas/mail';
import type { UserRow } from '../../../shared/schemas/users';
import type { ServiceContext } from '../context';
import { getCustomer } from '../customers/customer-service';
import { BureauEntity } from '../db/entities';
import { MailSettingsEntity } from '../db/mail-entities';
import { listUsers } from '../users/user-service';

/*
 * What each template is filled with. The services build these from stored data; the template
 * service offers their paths as placeholders ({{customer.name}}, {{#users}}…{{/users}}).
 */

export interface BureauData {
  name: string;
  /** The staff member sending: signs the messages. */
  staffName: string;
  senderName: string;
  senderAddress: string;
}

export interface CustomerData {
  name: string;
  /** NNNNNN-NNNN */
  orgnr: string;
}

export interface SummaryUserData {
  name: string;
  email: string;
  /** Warning codes (email.missing, personnummer.missing, ...); the renderer names them. */
  missing: string[];
}

export interface ContactSummaryData {
  bureau: BureauData;
  customer: CustomerData;
  contact: { name: string };
  users: SummaryUserData[];
}

export interface UserMessageData {
  bureau: BureauData;
  customer: CustomerData;
  user: { firstName: string; lastName: string; email: string; hasPersonnummer: boolean };
}

export interface TemplateData {
  contactSummary: ContactSummaryData;
  welcome: UserMessageData;
  reminder: UserMessageData;
  bankidLetter: UserMessageData;
}

export type DataOf<K extends MailTemplateKind> = TemplateData[K];

/** A message ready for the outbox: HTML with every value escaped, and its plain-text twin. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

// ---------------------------------------------------------------- building the data

/** The order in which a user's gaps are named: the article's list, BankID first. */
const MISSING_ORDER = [
  'personnummer.missing',
  'employeeNumber.missing',
  'salaryForm.missing',
  'email.missing',
  'approver.missing',
];

/** The bureau as it signs: its profile's name and staff member, the mail settings' sender. */
export async function bureauData(m: EntityManager): Promise<BureauData> {
  const bureau = await m.findOne(BureauEntity, { where: { id: 1 } });
  const mail = await m.findOne(MailSettingsEntity, { where: { id: 1 } });
  return {
    name: bureau?.name ?? '',
    staffName: bureau?.staffName ?? '',
    senderName: mail?.senderName || bureau?.name || '',
    senderAddress: mail?.senderAddress ?? '',
  };
}

export const customerData = (detail: Pick<CustomerDetail, 'customer'>): CustomerData => ({
  name: detail.customer.name,
  orgnr: detail.customer.orgnr,
});

/** One user in the contact's summary: what keeps them from being invited, and from BankID. */
export function summaryUser(row: UserRow): SummaryUserData {
  const missing = new Set([
    ...row.missing,
    ...(row.personnummerMasked ? [] : ['personnummer.missing']),
  ]);
  return {
    name: `${row.firstName} ${row.lastName}`.trim(),
    email: row.email,
    missing: MISSING_ORDER.filter((code) => missing.has(code)),
  };
}

export function userMessageData(
  bureau: BureauData,
  customer: CustomerData,
  row: Pick<UserRow, 'firstName' | 'lastName' | 'email' | 'personnummerMasked'>,
): UserMessageData {
  return {
    bureau,
    customer,
    user: {
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      hasPersonnummer: row.personnummerMasked !== null,
    },
  };
}

/** The primary-contact summary of a customer as it would be sent now. */
export async function contactSummaryData(
  ctx: ServiceContext,
  customerId: string,
): Promise<ContactSummaryData> {
  const detail = await getCustomer(ctx, customerId);
  const users = await listUsers(ctx, customerId);
  return {
    bureau: await bureauData(ctx.ds.manager),
    customer: customerData(detail),
    contact: { name: detail.contact?.name ?? '' },
    users: users.map(summaryUser),
  };
}
