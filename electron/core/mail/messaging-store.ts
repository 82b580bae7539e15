import type { EntityManager } from 'typeorm';
import type { MessageLanguage } from '../../../shared/schemas/mail';
import { CustomerMessagingEntity, type CustomerMessagingRow } from '../db/mail-entities';

type MessagingPatch = Partial<Omit<CustomerMessagingRow, 'customerId' | 'updatedAt'>>;

/** A customer without a row writes Swedish and has not had its contact informed. */
export async function messagingRow(
  m: EntityManager,
  customerId: string,
): Promise<CustomerMessagingRow> {
  const stored = await m.findOne(CustomerMessagingEntity, { where: { customerId } });
  return (
    stored ?? {
      customerId,
      language: 'sv',
      contactInformedAt: null,
      contactInformedHow: null,
      contactInformedNote: null,
      contactInformedBy: null,
      updatedAt: '',
    }
  );
}

export async function patchMessaging(
  m: EntityManager,
  customerId: string,
  at: string,
  patch: MessagingPatch,
): Promise<CustomerMessagingRow> {
  const row = { ...(await messagingRow(m, customerId)), ...patch, customerId, updatedAt: at };
  await m.save(CustomerMessagingEntity, row);
  return row;
}

export const languageOf = (row: Pick<CustomerMessagingRow, 'language'>): MessageLanguage =>
  row.language === 'en' ? 'en' : 'sv';
