import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { formatOrganisationsnummer } from '../../../shared/domain/organisationsnummer';
import { BureauEntity, CustomerEntity, type UserEntityRow } from '../db/entities';
import { MailSettingsEntity } from '../db/mail-entities';
import type { BureauData, CustomerData, UserMessageData } from './template-data';

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
