import { AppError } from '../../../shared/errors';
import { withoutDiacritics } from '../../../shared/domain/text';
import { writeAuditMany } from '../audit/audit-service';
import { isoNow, swedishToday, type ServiceContext } from '../context';
import { UserEntity, type UserEntityRow } from '../db/entities';
import { patchInvitation } from './invitation-store';
import type { Letter } from './letter-pdf';
import { bureauData, customerData, fullName, userMessageData } from './message-data';
import { languageOf, messagingRow } from './messaging-store';
import { inListOrder } from '../users/user-mapper';
import { renderTemplate, templateOf } from './render';
import { renderOf } from '../render/render-thread';

/**
 * The BankID letters of a customer's users (those without e-mail unless users are named): one
 * page per user in one PDF, in the customer's language; each user's letter_at is set.
 */
export async function makeLetters(
  ctx: ServiceContext,
  customerId: string,
  userIds?: string[],
): Promise<{ fileName: string; bytes: Buffer; userIds: string[] }> {
  const m = ctx.ds.manager;
  const customer = await customerData(m, customerId);
  const stored = await m.find(UserEntity, { where: { customerId } });
  const users = recipients(inListOrder(stored), userIds);
  const language = languageOf(await messagingRow(m, customerId));
  const template = await templateOf(m, 'bankidLetter', language);
  const bureau = await bureauData(m);
  const letters: Letter[] = users.map((user) => ({
    recipient: fullName(user),
    customerName: customer.name,
    mail: renderTemplate(
      template,
      'bankidLetter',
      language,
      userMessageData(bureau, customer, user),
    ),
  }));
  // Rendered before anything is recorded: a letter that failed to print was never made.
  const bytes = await renderOf(ctx, 'lettersPdf', {
    bureauName: bureau.name,
    language,
    date: swedishToday(ctx),
    letters,
  });
  await recordLetters(ctx, customerId, users);
  return { fileName: lettersFileName(customer.orgnr), bytes, userIds: users.map((u) => u.id) };
}

/** The users named (each must be the customer's), else every user without an e-mail. */
function recipients(users: UserEntityRow[], userIds: string[] | undefined): UserEntityRow[] {
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

async function recordLetters(ctx: ServiceContext, customerId: string, users: UserEntityRow[]) {
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
        subject: fullName(user),
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
