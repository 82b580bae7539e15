import type { MailTemplateKind, MessageLanguage } from '../../../shared/schemas/mail';
import type { UserRow } from '../../../shared/schemas/users';
import type { ServiceContext } from '../context';
import { getCustomer } from '../customers/customer-service';
import { listUsers } from '../users/user-service';
import { sampleData } from './sample-data';
import {
  bureauData,
  contactSummaryData,
  customerData,
  userMessageData,
  type DataOf,
} from './template-data';

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
  const bureau = await bureauData(ctx.ds.manager);
  if (!customerId) return sampleData(kind, language, bureau);
  if (kind === 'contactSummary') return (await contactSummaryData(ctx, customerId)) as DataOf<K>;
  const customer = customerData(await getCustomer(ctx, customerId));
  const users = await listUsers(ctx, customerId);
  const user = users.find((u) => fits(kind, u)) ?? users[0];
  if (!user) return { ...sampleData(kind, language, bureau), customer };
  return userMessageData(bureau, customer, user) as DataOf<K>;
}

/** A BankID letter goes to users without e-mail; the e-mails to users with one. */
const fits = (kind: MailTemplateKind, user: UserRow): boolean =>
  kind === 'bankidLetter' ? user.email === '' : user.email !== '';
