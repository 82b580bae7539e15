import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type {
  InviteOutcome,
  InviteResult,
  MessageLanguage,
  OutboxKind,
} from '../../../shared/schemas/mail';
import { writeAuditMany } from '../audit/audit-service';
import { UserEntity, type UserEntityRow } from '../db/entities';
import type { UserInvitationRow } from '../db/mail-entities';
import { isoNow, type ServiceContext } from '../context';
import { missingFor } from '../users/user-mapper';
import { invitationsOf, isInvited, patchInvitation } from './invitation-store';
import { bureauData, customerData, fullName, userMessageData } from './message-data';
import { languageOf, messagingRow } from './messaging-store';
import { domainOf, enqueueMessages, type NewMessage } from './outbox-store';
import { renderTemplate, templateOf } from './render';
import { cancelFailedWelcomes } from './user-messages';
import { loadSmtpConfig } from './settings-service';

export interface InviteRequest {
  customerId: string;
  userIds?: string[];
  allComplete?: boolean;
  confirmIncomplete: boolean;
  dryRun: boolean;
}

/** A welcome in one of these states is on its way (or awaits staff): never queue a second. */
const IN_FLIGHT = new Set(['queued', 'sending', 'interrupted']);

interface Candidate {
  user: UserEntityRow;
  /** Warning codes that make the user incomplete. */
  missing: string[];
  invitation: UserInvitationRow | undefined;
}

/**
 * Invites a customer's users: a welcome e-mail each to those with an address, the BankID letter
 * (made by invitations:letters) for those without; users invited already, or with a welcome on
 * its way, are skipped. Named incomplete users need `confirmIncomplete`. A dry run answers the
 * same outcomes and writes nothing.
 */
export async function invite(ctx: ServiceContext, request: InviteRequest): Promise<InviteResult> {
  const { customerId } = request;
  const candidates = await candidatesOf(ctx.ds.manager, customerId, request);
  if (!request.allComplete && !request.confirmIncomplete) assertComplete(candidates);
  const outcomes = candidates.map(plannedOutcome);
  const toQueue = candidates.filter((_, i) => outcomes[i]?.outcome === 'queued');
  if (toQueue.length === 0) return { batchId: null, outcomes };
  const smtp = await loadSmtpConfig(ctx);
  const messages = await renderFor(ctx, customerId, 'welcome', toQueue);
  if (request.dryRun) return { batchId: null, outcomes };
  const batchId = randomUUID();
  const queued = await ctx.ds.transaction(async (m) => {
    // Read again inside the transaction: another invite may have queued some meanwhile.
    const now = await invitationsOf(m, customerId);
    const still = messages.filter((msg) => !alreadyInvited(now.get(msg.userId ?? '')));
    const ids = still.map((msg) => msg.userId ?? '');
    await cancelFailedWelcomes(m, ids, isoNow(ctx));
    await enqueueMessages(ctx, m, still, { batchId, senderDomain: domainOf(smtp.senderAddress) });
    await auditMessages(ctx, m, customerId, still, toQueue, 'welcome');
    return new Set(still.map((msg) => msg.userId));
  });
  announce(ctx, customerId);
  return {
    batchId,
    outcomes: outcomes.map((o) =>
      o.outcome === 'queued' && !queued.has(o.userId) ? skipped(o, 'invite.alreadyInvited') : o,
    ),
  };
}

/**
 * A reminder to each named user whose welcome was sent (by Kundstart or in Blikk) and who has
 * not been marked as logged in; reminded_at records it. Others are skipped with the reason.
 */
export async function remind(
  ctx: ServiceContext,
  customerId: string,
  userIds: string[],
): Promise<InviteResult> {
  const candidates = await candidatesOf(ctx.ds.manager, customerId, { customerId, userIds });
  const outcomes = candidates.map(reminderOutcome);
  const toQueue = candidates.filter((_, i) => outcomes[i]?.outcome === 'queued');
  if (toQueue.length === 0) return { batchId: null, outcomes };
  const smtp = await loadSmtpConfig(ctx);
  const messages = await renderFor(ctx, customerId, 'reminder', toQueue);
  const batchId = randomUUID();
  await ctx.ds.transaction(async (m) => {
    await enqueueMessages(ctx, m, messages, {
      batchId,
      senderDomain: domainOf(smtp.senderAddress),
    });
    const at = isoNow(ctx);
    for (const c of toQueue)
      await patchInvitation(m, customerId, c.user.id, at, { remindedAt: at });
    await auditMessages(ctx, m, customerId, messages, toQueue, 'reminder');
  });
  announce(ctx, customerId);
  return { batchId, outcomes };
}

/** Staff pressed "send welcome e-mail" in Blikk itself (value true), or take that back. */
export function markBlikkWelcome(
  ctx: ServiceContext,
  input: { customerId: string; userIds: string[]; value: boolean },
): Promise<{ updated: number }> {
  return markUsers(ctx, input, 'blikkWelcomeAt');
}

/** The user has logged in to Blikk: no reminder is needed. */
export function markLoggedIn(
  ctx: ServiceContext,
  input: { customerId: string; userIds: string[]; value: boolean },
): Promise<{ updated: number }> {
  return markUsers(ctx, input, 'loggedInAt');
}

async function markUsers(
  ctx: ServiceContext,
  input: { customerId: string; userIds: string[]; value: boolean },
  field: 'blikkWelcomeAt' | 'loggedInAt',
): Promise<{ updated: number }> {
  const { customerId } = input;
  const updated = await ctx.ds.transaction(async (m) => {
    const users = await namedUsers(m, customerId, input.userIds);
    const invitations = await invitationsOf(m, customerId);
    const at = isoNow(ctx);
    // Only those whose mark changes: marking twice keeps the first date.
    const targets = users.filter(
      (u) => ((invitations.get(u.id)?.[field] ?? null) === null) === input.value,
    );
    for (const u of targets) {
      await patchInvitation(m, customerId, u.id, at, { [field]: input.value ? at : null });
    }
    await writeAuditMany(
      ctx,
      m,
      targets.map((u) => ({
        entity: 'user.invitation',
        entityId: u.id,
        customerId,
        action: 'update' as const,
        before: { [field]: invitations.get(u.id)?.[field] ?? null },
        after: { [field]: input.value ? at : null },
        subject: fullName(u),
      })),
    );
    return targets.length;
  });
  if (updated > 0) announceUsers(ctx, customerId);
  return { updated };
}

/** The users the call is about, each with what they lack and their invitation so far. */
async function candidatesOf(
  m: EntityManager,
  customerId: string,
  request: Pick<InviteRequest, 'customerId' | 'userIds' | 'allComplete'>,
): Promise<Candidate[]> {
  await customerData(m, customerId);
  const users = await m.find(UserEntity, { where: { customerId } });
  const byId = new Map(users.map((u) => [u.id, u]));
  const invitations = await invitationsOf(m, customerId);
  const candidate = (user: UserEntityRow): Candidate => ({
    user,
    missing: missingFor(user, byId),
    invitation: invitations.get(user.id),
  });
  if (request.allComplete) {
    const swedish = new Intl.Collator('sv');
    return users
      .map(candidate)
      .filter((c) => c.missing.length === 0)
      .sort((a, b) => swedish.compare(fullName(a.user), fullName(b.user)));
  }
  const ids = [...new Set(request.userIds ?? [])];
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0)
    throw new AppError('user.notFound', 'Någon av användarna finns inte', { ids: unknown });
  return ids.map((id) => candidate(byId.get(id) as UserEntityRow));
}

/** What keeps a user from an invitation by e-mail, apart from the e-mail (that means a letter). */
const gapsOf = (c: Candidate) => c.missing.filter((code) => code !== 'email.missing');

/** Named users who lack something are only invited once staff have seen what they lack. */
function assertComplete(candidates: Candidate[]): void {
  const incomplete = candidates.filter((c) => !alreadyInvited(c.invitation) && gapsOf(c).length);
  if (incomplete.length === 0) return;
  const users = incomplete.map((c) => ({
    userId: c.user.id,
    name: fullName(c.user),
    missing: c.missing,
  }));
  throw new AppError(
    'invite.incomplete',
    `${users.map((u) => u.name).join(', ')} saknar uppgifter`,
    { users },
  );
}

const alreadyInvited = (row: UserInvitationRow | undefined): boolean =>
  row !== undefined && (isInvited(row) || IN_FLIGHT.has(row.emailState));

function plannedOutcome(c: Candidate): InviteOutcome {
  const base = { userId: c.user.id, name: fullName(c.user), missing: c.missing };
  if (alreadyInvited(c.invitation))
    return { ...base, outcome: 'skipped', reason: 'invite.alreadyInvited' };
  if (!c.user.email) return { ...base, outcome: 'letter', reason: 'invite.noEmail' };
  return { ...base, outcome: 'queued', reason: null };
}

function reminderOutcome(c: Candidate): InviteOutcome {
  const base = { userId: c.user.id, name: fullName(c.user), missing: c.missing };
  const welcomed = c.invitation?.emailState === 'sent' || Boolean(c.invitation?.blikkWelcomeAt);
  if (!c.user.email) return { ...base, outcome: 'skipped', reason: 'invite.noEmail' };
  if (!welcomed) return { ...base, outcome: 'skipped', reason: 'invite.notSent' };
  if (c.invitation?.loggedInAt) return { ...base, outcome: 'skipped', reason: 'invite.loggedIn' };
  return { ...base, outcome: 'queued', reason: null };
}

const skipped = (o: InviteOutcome, reason: string): InviteOutcome => ({
  ...o,
  outcome: 'skipped',
  reason,
});

/** One message per user, rendered (as renderMail would) in the customer's language with that user's data. */
async function renderFor(
  ctx: ServiceContext,
  customerId: string,
  kind: Extract<OutboxKind, 'welcome' | 'reminder'>,
  candidates: Candidate[],
): Promise<NewMessage[]> {
  const m = ctx.ds.manager;
  const bureau = await bureauData(m);
  const customer = await customerData(m, customerId);
  const language: MessageLanguage = languageOf(await messagingRow(m, customerId));
  // The template is read once for the batch: thousands of users, one query.
  const template = await templateOf(m, kind, language);
  const messages: NewMessage[] = [];
  for (const { user } of candidates) {
    const mail = renderTemplate(template, kind, language, userMessageData(bureau, customer, user));
    const to = { name: fullName(user), address: user.email };
    messages.push({ customerId, userId: user.id, kind, payload: { to, ...mail } });
  }
  return messages;
}

async function auditMessages(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  messages: NewMessage[],
  candidates: Candidate[],
  kind: 'welcome' | 'reminder',
): Promise<void> {
  const names = new Map(candidates.map((c) => [c.user.id, fullName(c.user)]));
  await writeAuditMany(
    ctx,
    m,
    messages.map((msg) => ({
      entity: `user.${kind}`,
      entityId: msg.userId ?? '',
      customerId,
      action: 'create' as const,
      before: null,
      after: { to: msg.payload.to.address, subject: msg.payload.subject },
      subject: names.get(msg.userId ?? '') ?? '',
    })),
  );
}

/** The named users of the customer, refusing any that is not one of them. */
async function namedUsers(
  m: EntityManager,
  customerId: string,
  ids: string[],
): Promise<UserEntityRow[]> {
  const candidates = await candidatesOf(m, customerId, { customerId, userIds: ids });
  return candidates.map((c) => c.user);
}

/** Messages were queued: the outbox, the users grid and the checklist change; the worker looks. */
function announce(ctx: ServiceContext, customerId: string): void {
  ctx.emit('outbox:changed', { customerIds: [customerId] });
  announceUsers(ctx, customerId);
  ctx.kickOutbox();
}

function announceUsers(ctx: ServiceContext, customerId: string): void {
  ctx.emit('users:changed', { customerId });
  ctx.emit('customers:changed', { ids: [customerId] });
}
