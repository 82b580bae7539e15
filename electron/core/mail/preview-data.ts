import type { MailTemplateKind, MessageLanguage } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';
import { UserEntity, type UserEntityRow } from '../db/entities';
import { inListOrder } from '../users/user-mapper';
import { bureauData, contactSummaryData, customerData, userMessageData } from './message-data';
import { sampleData } from './sample-data';
import type { DataOf } from './template-data';

/**
 * What the editor previews with: a customer's real data when one is chosen (its summary, or its
 * first user the message would go to), else sample data signed by the bureau.
 */
export async function previewData<K extends MailTemplateKind>(
  ctx: ServiceContext,
  kind: K,
  language: MessageLanguage,
  customerId: string | undefined,
): Promise<DataOf<K>> {
  const m = ctx.ds.manager;
  const bureau = await bureauData(m);
  if (!customerId) return sampleData(kind, language, bureau);
  const customer = await customerData(m, customerId);
  const users = inListOrder(await m.find(UserEntity, { where: { customerId } }));
  if (kind === 'contactSummary') return (await contactSummaryData(m, customerId)) as DataOf<K>;
  const user = users.find((u) => fits(kind, u)) ?? users[0];
  if (!user) return { ...sampleData(kind, language, bureau), customer };
  return userMessageData(bureau, customer, user) as DataOf<K>;
}

/** A BankID letter goes to users without e-mail; the e-mails to users with one. */
const fits = (kind: MailTemplateKind, user: UserEntityRow): boolean =>
  kind === 'bankidLetter' ? user.email === '' : user.email !== '';
