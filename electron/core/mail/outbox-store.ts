import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OutboxKind, OutboxState } from '../../../shared/schemas/mail';
import { bulkInsert } from '../db/bulk-insert';
import { OutboxEntity, type OutboxPayload, type OutboxRow } from '../db/mail-entities';
import { isoNow, type ServiceContext } from '../context';
import { actorName } from '../audit/audit-service';
import { setWelcomeStates } from './invitation-store';
import { patchMessaging } from './messaging-store';
import { dialectOf } from '../db/dialect';

export interface NewMessage {
  customerId: string | null;
  userId: string | null;
  kind: OutboxKind;
  payload: OutboxPayload;
}

/**
 * Stores messages as queued, inside the caller's transaction: a message exists, rendered and
 * with its recipient, before anything tries to send it. The Message-ID is fixed here, so a
 * message the server did receive before a crash can be recognised by it.
 */
export async function enqueueMessages(
  ctx: ServiceContext,
  m: EntityManager,
  messages: NewMessage[],
  options: { batchId?: string | null; senderDomain: string },
): Promise<OutboxRow[]> {
  const now = isoNow(ctx);
  const createdBy = await actorName(m);
  const rows: OutboxRow[] = messages.map((message) => {
    const id = randomUUID();
    return {
      id,
      customerId: message.customerId,
      userId: message.userId,
      kind: message.kind,
      state: 'queued',
      payloadEnc: ctx.cipher.encrypt(JSON.stringify(message.payload)),
      messageId: `<${id}@${options.senderDomain || 'kundstart.invalid'}>`,
      batchId: options.batchId ?? null,
      attempts: 0,
      nextAttemptAt: now,
      errorCode: null,
      errorText: null,
      createdBy,
      createdAt: now,
      updatedAt: now,
      sentAt: null,
    };
  });
  await bulkInsert(m, OutboxEntity, rows);
  await markWelcomesQueued(m, rows, now);
  return rows;
}

/** The users whose welcome was queued now see "queued" in the grid. */
function markWelcomesQueued(m: EntityManager, rows: OutboxRow[], at: string): Promise<void> {
  return setWelcomeStates(m, welcomeUsers(rows), at, 'queued');
}

const welcomeUsers = (rows: Pick<OutboxRow, 'kind' | 'customerId' | 'userId'>[]) =>
  rows.flatMap((r) =>
    r.kind === 'welcome' && r.userId && r.customerId
      ? [{ userId: r.userId, customerId: r.customerId }]
      : [],
  );

export function payloadOf(ctx: ServiceContext, row: Pick<OutboxRow, 'payloadEnc'>): OutboxPayload {
  return JSON.parse(ctx.cipher.decrypt(row.payloadEnc)) as OutboxPayload;
}

/** The part after @ of the sender's address: the Message-ID's domain. */
export const domainOf = (address: string): string => address.split('@')[1]?.trim() ?? '';

/* ---------------------------------------------------------------- the worker's state changes */

/** Everything one state change touched: the customers whose screens must refresh. */
export interface Touched {
  customerIds: Set<string>;
  /** Customers whose users' invitation state changed (the users grid). */
  userCustomerIds: Set<string>;
  /** Customers whose checklist may have moved (a welcome or the contact summary). */
  checklistCustomerIds: Set<string>;
}

export const noneTouched = (): Touched => ({
  customerIds: new Set(),
  userCustomerIds: new Set(),
  checklistCustomerIds: new Set(),
});

export function touch(touched: Touched, row: Pick<OutboxRow, 'customerId' | 'kind'>): void {
  if (!row.customerId) return;
  touched.customerIds.add(row.customerId);
  if (row.kind === 'welcome') touched.userCustomerIds.add(row.customerId);
  if (row.kind === 'welcome' || row.kind === 'contactSummary') {
    touched.checklistCustomerIds.add(row.customerId);
  }
}

export function touchedBy(rows: Pick<OutboxRow, 'customerId' | 'kind'>[]): Touched {
  const touched = noneTouched();
  for (const row of rows) touch(touched, row);
  return touched;
}

/** Tells the screens what changed: the outbox, the users grids, the checklists. */
export function emitTouched(ctx: ServiceContext, touched: Touched): void {
  ctx.emit('outbox:changed', { customerIds: [...touched.customerIds] });
  for (const customerId of touched.userCustomerIds) ctx.emit('users:changed', { customerId });
  if (touched.checklistCustomerIds.size > 0) {
    ctx.emit('customers:changed', { ids: [...touched.checklistCustomerIds] });
  }
}

/** The queued messages due at `at`, oldest first (the order they were queued in). */
export async function dueMessageIds(ctx: ServiceContext, at: string): Promise<string[]> {
  const rows: { id: string }[] = await ctx.ds.query(
    `SELECT id FROM outbox WHERE state = 'queued' AND next_attempt_at <= ?
     ORDER BY created_at, ${dialectOf(ctx.ds).insertionOrder()}`,
    [at],
  );
  return rows.map((r) => r.id);
}

/** When the earliest waiting message is due again; null when nothing waits. */
export async function nextAttemptAt(ctx: ServiceContext): Promise<string | null> {
  const rows: { next: string | null }[] = await ctx.ds.query(
    `SELECT MIN(next_attempt_at) AS next FROM outbox WHERE state = 'queued'`,
  );
  return rows[0]?.next ?? null;
}

/**
 * queued → sending, committed before anything is sent, and only if the message is still queued:
 * another process (the CLI beside the desktop app) may have claimed it a moment before.
 */
export function claimMessage(
  ctx: ServiceContext,
  id: string,
  at: string,
): Promise<OutboxRow | null> {
  return ctx.ds.transaction(async (m) => {
    const claimed = await m
      .createQueryBuilder()
      .update(OutboxEntity)
      .set({ state: 'sending', updatedAt: at })
      .where('id = :id AND state = :state', { id, state: 'queued' })
      .execute();
    if (claimed.affected !== 1) return null;
    const row = await m.findOneOrFail(OutboxEntity, { where: { id } });
    await followWelcome(m, row, at, 'sending', null);
    return row;
  });
}

/**
 * The server accepted the message. Also from interrupted: a process that a second one took
 * for dead did send it, and the truth is recorded rather than the guess.
 */
export function recordSent(ctx: ServiceContext, row: OutboxRow, at: string): Promise<boolean> {
  return ctx.ds.transaction(async (m) => {
    const done = await m
      .createQueryBuilder()
      .update(OutboxEntity)
      .set({
        state: 'sent',
        sentAt: at,
        updatedAt: at,
        attempts: row.attempts + 1,
        errorCode: null,
        errorText: null,
      })
      .where('id = :id AND state IN (:...states)', {
        id: row.id,
        states: ['sending', 'interrupted'],
      })
      .execute();
    if (done.affected !== 1) return false;
    await afterDelivery(m, row, at);
    return true;
  });
}

/** What a message's delivery means beyond the outbox: the invitation, or the informed contact. */
export async function afterDelivery(
  m: EntityManager,
  row: Pick<OutboxRow, 'kind' | 'customerId' | 'userId' | 'createdBy'>,
  at: string,
): Promise<void> {
  await followWelcome(m, row, at, 'sent', null);
  if (row.kind === 'contactSummary' && row.customerId) {
    await patchMessaging(m, row.customerId, at, {
      contactInformedAt: at,
      contactInformedHow: 'email',
      contactInformedNote: null,
      contactInformedBy: row.createdBy,
    });
  }
}

export interface SendFailure {
  code: string;
  text: string;
  /** Queued again for this moment; null: failed for good. */
  retryAt: string | null;
}

/** sending → queued (waits for retryAt) or failed, with the reason kept for staff. */
export function recordFailure(
  ctx: ServiceContext,
  row: OutboxRow,
  failure: SendFailure,
  at: string,
): Promise<void> {
  const state = failure.retryAt ? 'queued' : 'failed';
  return ctx.ds.transaction(async (m) => {
    const done = await m
      .createQueryBuilder()
      .update(OutboxEntity)
      .set({
        state,
        attempts: row.attempts + 1,
        nextAttemptAt: failure.retryAt ?? row.nextAttemptAt,
        errorCode: failure.code,
        errorText: failure.text.slice(0, 500),
        updatedAt: at,
      })
      .where('id = :id AND state = :from', { id: row.id, from: 'sending' })
      .execute();
    if (done.affected === 1) await followWelcome(m, row, at, state, failure.text);
  });
}

/**
 * Messages not tried because the server itself failed (it is absent, refuses the login...): they
 * stay queued, or fail with it when the failure is permanent, and show why.
 */
export function recordNotTried(
  ctx: ServiceContext,
  ids: string[],
  failure: SendFailure,
  at: string,
): Promise<OutboxRow[]> {
  const state = failure.retryAt ? 'queued' : 'failed';
  return ctx.ds.transaction(async (m) => {
    const changed: OutboxRow[] = [];
    for (const id of ids) {
      const done = await m
        .createQueryBuilder()
        .update(OutboxEntity)
        .set({
          state,
          errorCode: failure.code,
          errorText: failure.text.slice(0, 500),
          updatedAt: at,
        })
        .where('id = :id AND state = :from', { id, from: 'queued' })
        .execute();
      if (done.affected !== 1) continue;
      const row = await m.findOneOrFail(OutboxEntity, { where: { id } });
      await followWelcome(m, row, at, state, failure.text);
      changed.push(row);
    }
    return changed;
  });
}

/**
 * At start-up: a message still "sending" was cut off by a crash or a kill, and nobody knows
 * whether the server got it. It becomes interrupted, for staff to confirm, and is never resent
 * by itself.
 */
export function interruptStale(ctx: ServiceContext, at: string): Promise<OutboxRow[]> {
  return ctx.ds.transaction(async (m) => {
    const rows = await m.find(OutboxEntity, { where: { state: 'sending' } });
    for (const row of rows) {
      await m.update(OutboxEntity, { id: row.id }, { state: 'interrupted', updatedAt: at });
      await followWelcome(m, row, at, 'interrupted', null);
    }
    return rows;
  });
}

/** Sent and cancelled messages hold personal data: deleted once older than the retention. */
export function pruneExpired(ctx: ServiceContext, before: string): Promise<number> {
  return ctx.ds.transaction(async (m) => {
    const gone = await m
      .createQueryBuilder()
      .delete()
      .from(OutboxEntity)
      .where('state IN (:...states) AND updated_at < :before', {
        states: ['sent', 'cancelled'],
        before,
      })
      .execute();
    return gone.affected ?? 0;
  });
}

/**
 * A welcome message's state is its user's invitation state: one statement per change, and
 * nothing when the user has been deleted since the message was queued (the message still goes).
 */
export function followWelcome(
  m: EntityManager,
  row: Pick<OutboxRow, 'kind' | 'customerId' | 'userId'>,
  at: string,
  state: OutboxState,
  error: string | null,
): Promise<void> {
  return setWelcomeStates(m, welcomeUsers([row]), at, state, error);
}
