import type { MailTemplateKind, MessageLanguage } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';
import { PrimaryContactEntity, UserEntity, type UserEntityRow } from '../db/entities';
import { rulesOfStored } from '../users/user-mapper';
import { bureauData, customerData, fullName, userMessageData } from './message-data';
import { sampleData } from './sample-data';
import type { DataOf, SummaryUserData } from './template-data';

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
  if (kind === 'contactSummary') {
    const contact = await m.findOne(PrimaryContactEntity, { where: { customerId } });
    const byId = new Map(users.map((u) => [u.id, u]));
    const data: DataOf<'contactSummary'> = {
      bureau,
      customer,
      contact: { name: contact?.name ?? '' },
      users: users.map((u) => summaryUser(u, byId)),
    };
    return data as DataOf<K>;
  }
  const user = users.find((u) => fits(kind, u)) ?? users[0];
  if (!user) return { ...sampleData(kind, language, bureau), customer };
  return userMessageData(bureau, customer, user) as DataOf<K>;
}

/** Every warning, personnummer.missing too, as the summary the contact service sends. */
function summaryUser(user: UserEntityRow, byId: Map<string, UserEntityRow>): SummaryUserData {
  const missing = rulesOfStored(user, byId)
    .filter((issue) => issue.severity === 'warning')
    .map((issue) => issue.code);
  return { name: fullName(user), email: user.email, missing };
}

/** The users grid's order: last name, then first name, in Swedish. */
export function inListOrder(users: UserEntityRow[]): UserEntityRow[] {
  const swedish = new Intl.Collator('sv');
  return users.sort((a, b) =>
    swedish.compare(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`),
  );
}

/** A BankID letter goes to users without e-mail; the e-mails to users with one. */
const fits = (kind: MailTemplateKind, user: UserEntityRow): boolean =>
  kind === 'bankidLetter' ? user.email === '' : user.email !== '';
