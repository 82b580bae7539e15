import { AppError } from '../../../shared/errors';
import { withoutDiacritics } from '../../../shared/domain/text';
import type { UserRow } from '../../../shared/schemas/users';
import { writeAuditMany } from '../audit/audit-service';
import { getCustomer } from '../customers/customer-service';
import { isoNow, swedishToday, type ServiceContext } from '../context';
import { listUsers } from '../users/user-service';
import { patchInvitation } from './invitation-store';
import { renderLetters, type Letter } from './letter-pdf';
import { languageOf, messagingRow } from './messaging-store';
import { renderTemplate, templateOf } from './render';
import { bureauData, customerData, userMessageData } from './template-data';

/**
 * The BankID letters of a customer's users (those without e-mail unless users are named): one
 * page per user in one PDF, in the customer's language; each user's letter_at is set.
 */
export async function makeLetters(
  ctx: ServiceContext,
  customerId: string,
  userIds?: string[],
): Promise<{ fileName: string; bytes: Buffer; userIds: string[] }> {
  const detail = await getCustomer(ctx, customerId);
  const users = recipients(await listUsers(ctx, customerId), userIds);
  const m = ctx.ds.manager;
  const language = languageOf(await messagingRow(m, customerId));
  const template = await templateOf(m, 'bankidLetter', language);
  const bureau = await bureauData(m);
  const customer = customerData(detail);
  const letters: Letter[] = users.map((user) => ({
    recipient: `${user.firstName} ${user.lastName}`.trim(),
    customerName: customer.name,
    mail: renderTemplate(
      template,
      'bankidLetter',
      language,
      userMessageData(bureau, customer, user),
    ),
  }));
  // Rendered before anything is recorded: a letter that failed to print was never made.
  const bytes = await renderLetters({
    bureauName: bureau.name,
    language,
    date: swedishToday(ctx),
    letters,
  });
  await recordLetters(ctx, customerId, users);
  return { fileName: lettersFileName(customer.orgnr), bytes, userIds: users.map((u) => u.id) };
}

/** The users named (each must be the customer's), else every user without an e-mail. */
function recipients(users: UserRow[], userIds: string[] | undefined): UserRow[] {
  if (!userIds) {
    const chosen = users.filter((u) => u.email === '');
    if (chosen.length === 0)
      throw new AppError('letters.none', 'Ingen av kundens användare saknar e-postadress');
    return chosen;
  }
  const wanted = new Set(userIds);
  const chosen = users.filter((u) => wanted.has(u.id));
  if (chosen.length !== wanted.size)
    throw new AppError('user.notFound', 'Någon av användarna finns inte hos kunden');
  return chosen;
}

async function recordLetters(ctx: ServiceContext, customerId: string, users: UserRow[]) {
  const at = isoNow(ctx);
  await ctx.ds.transaction(async (m) => {
    for (const user of users) await patchInvitation(m, customerId, user.id, at, { letterAt: at });
    await writeAuditMany(
      ctx,
      m,
      users.map((user) => ({
        entity: 'user.letter',
        entityId: user.id,
        customerId,
        action: 'create' as const,
        before: null,
        after: { letterAt: at },
        subject: `${user.firstName} ${user.lastName}`.trim(),
      })),
    );
  });
  ctx.emit('users:changed', { customerId });
  ctx.emit('customers:changed', { ids: [customerId] });
}

/** `BankID-brev-559244-0001.pdf`: ASCII only, as the setup sheet's name. */
function lettersFileName(orgnr: string): string {
  const id = withoutDiacritics(orgnr).replace(/[^A-Za-z0-9-]+/g, '-');
  return `BankID-brev-${id || 'kund'}.pdf`;
}
