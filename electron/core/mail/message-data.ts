import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { formatOrganisationsnummer } from '../../../shared/domain/organisationsnummer';
import {
  BureauEntity,
  CustomerEntity,
  PrimaryContactEntity,
  UserEntity,
  type UserEntityRow,
} from '../db/entities';
import { inListOrder, rulesOfStored } from '../users/user-mapper';
import { MailSettingsEntity } from '../db/mail-entities';
import type {
  BureauData,
  ContactSummaryData,
  CustomerData,
  UserMessageData,
} from './template-data';

/*
 * The data every message to a customer's people starts from: who sends (the bureau, signed by
 * the staff member, from the mail settings' sender) and for which customer.
 */

export async function bureauData(m: EntityManager): Promise<BureauData> {
  const bureau = await m.findOne(BureauEntity, { where: { id: 1 } });
  const mail = await m.findOne(MailSettingsEntity, { where: { id: 1 } });
  return {
    name: bureau?.name ?? '',
    staffName: bureau?.staffName ?? '',
    senderName: mail?.senderName ?? bureau?.name ?? '',
    senderAddress: mail?.senderAddress ?? '',
  };
}

export async function customerData(m: EntityManager, customerId: string): Promise<CustomerData> {
  const customer = await m.findOne(CustomerEntity, { where: { id: customerId } });
  if (!customer) throw new AppError('customer.notFound', 'Kunden finns inte', { id: customerId });
  return { name: customer.name, orgnr: formatOrganisationsnummer(customer.orgnr) };
}

export const fullName = (u: Pick<UserEntityRow, 'firstName' | 'lastName'>): string =>
  `${u.firstName} ${u.lastName}`.trim();

/** What a welcome, a reminder or a BankID letter to one user is rendered with. */
export function userMessageData(
  bureau: BureauData,
  customer: CustomerData,
  user: UserEntityRow,
): UserMessageData {
  return {
    bureau,
    customer,
    user: {
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      hasPersonnummer: user.personnummerEnc !== null,
    },
  };
}

/**
 * The primary-contact summary's data: every user in the list's order with every warning,
 * personnummer.missing too (the contact should know who cannot use BankID).
 */
export async function contactSummaryData(
  m: EntityManager,
  customerId: string,
): Promise<ContactSummaryData> {
  const customer = await customerData(m, customerId);
  const contact = await m.findOne(PrimaryContactEntity, { where: { customerId } });
  const users = inListOrder(await m.find(UserEntity, { where: { customerId } }));
  const byId = new Map(users.map((u) => [u.id, u]));
  const warningsOf = (user: UserEntityRow) =>
    rulesOfStored(user, byId)
      .filter((issue) => issue.severity === 'warning')
      .map((issue) => issue.code);
  return {
    bureau: await bureauData(m),
    customer,
    contact: { name: contact?.name ?? '' },
    users: users.map((u) => ({ name: fullName(u), email: u.email, missing: warningsOf(u) })),
  };
}
