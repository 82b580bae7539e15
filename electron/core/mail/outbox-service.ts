import { In, type EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import {
  OUTBOX_STATES,
  type OutboxItem,
  type OutboxKind,
  type OutboxState,
  type OutboxStatus,
} from '../../../shared/schemas/mail';
import { OutboxEntity, type OutboxRow } from '../db/mail-entities';
import { isoNow, type ServiceContext } from '../context';
import { afterDelivery, emitTouched, followWelcome, payloadOf, touchedBy } from './outbox-store';
import { drainProgress } from './worker';
import { dialectOf } from '../db/dialect';

type ListedRow = Omit<OutboxRow, 'messageId' | 'batchId' | 'createdBy' | 'updatedAt'> & {
  customerName: string | null;
};

const COLUMNS = `o.id, o.customer_id AS "customerId", o.user_id AS "userId", o.kind, o.state,
  o.payload_enc AS "payloadEnc", o.attempts, o.next_attempt_at AS "nextAttemptAt",
  o.error_code AS "errorCode", o.error_text AS "errorText", o.created_at AS "createdAt",
  o.sent_at AS "sentAt", c.name AS "customerName"`;

/** The outbox, newest first, with recipient and subject decrypted for staff. */
export async function listOutbox(
  ctx: ServiceContext,
  input: { customerId?: string; states?: OutboxState[]; limit: number },
): Promise<OutboxItem[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.customerId) {
    where.push('o.customer_id = ?');
    params.push(input.customerId);
  }
  if (input.states?.length) {
    where.push(`o.state IN (${input.states.map(() => '?').join(', ')})`);
    params.push(...input.states);
  }
  const rows: ListedRow[] = await ctx.ds.query(
    `SELECT ${COLUMNS} FROM outbox o LEFT JOIN customers c ON c.id = o.customer_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY o.created_at DESC, ${dialectOf(ctx.ds).insertionOrder('o')} DESC LIMIT ?`,
    [...params, input.limit],
  );
  return rows.map((row) => toItem(ctx, row));
}

function toItem(ctx: ServiceContext, row: ListedRow): OutboxItem {
  const payload = payloadOf(ctx, row);
  const { name, address } = payload.to;
  return {
    id: row.id,
    customerId: row.customerId,
    customerName: row.customerName,
    userId: row.userId,
    kind: row.kind as OutboxKind,
    state: row.state as OutboxState,
    recipient: name ? `${name} <${address}>` : address,
    subject: payload.subject,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    errorCode: row.errorCode,
    errorText: row.errorText,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}

/** How many messages are in each state, and how far the drain running now has come. */
export async function outboxStatus(ctx: ServiceContext): Promise<OutboxStatus> {
  const rows: { state: string; n: number }[] = await ctx.ds.query(
    `SELECT state, COUNT(*) AS n FROM outbox GROUP BY state`,
  );
  const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<
    OutboxState,
    number
  >;
  for (const row of rows) {
    if (row.state in counts) counts[row.state as OutboxState] = Number(row.n);
  }
  return { counts, sending: drainProgress(ctx) };
}

/** Failed (or cancelled) messages back to the queue, due now, with a fresh count of attempts. */
export function retryMessages(ctx: ServiceContext, ids: string[]): Promise<{ updated: number }> {
  return changeState(ctx, ids, ['failed', 'cancelled'], async (m, row, at) => {
    await requeue(m, row, at);
  });
}

export function cancelMessages(ctx: ServiceContext, ids: string[]): Promise<{ updated: number }> {
  return changeState(ctx, ids, ['queued', 'failed', 'interrupted'], async (m, row, at) => {
    await m.update(OutboxEntity, { id: row.id }, { state: 'cancelled', updatedAt: at });
    await followWelcome(m, row, at, 'cancelled', null);
  });
}

/** Interrupted messages: staff say whether they arrived ('sent') or must go again ('resend'). */
export function confirmMessages(
  ctx: ServiceContext,
  input: { ids: string[]; outcome: 'sent' | 'resend' },
): Promise<{ updated: number }> {
  return changeState(ctx, input.ids, ['interrupted'], async (m, row, at) => {
    if (input.outcome === 'resend') return requeue(m, row, at);
    await m.update(
      OutboxEntity,
      { id: row.id },
      { state: 'sent', sentAt: at, updatedAt: at, errorCode: null, errorText: null },
    );
    await afterDelivery(m, row, at);
  });
}

async function requeue(m: EntityManager, row: OutboxRow, at: string): Promise<void> {
  await m.update(
    OutboxEntity,
    { id: row.id },
    {
      state: 'queued',
      attempts: 0,
      nextAttemptAt: at,
      errorCode: null,
      errorText: null,
      updatedAt: at,
    },
  );
  await followWelcome(m, row, at, 'queued', null);
}

/**
 * Changes every message named, or none: an unknown id or a message in another state refuses
 * the whole request, so staff never half-apply a selection.
 */
async function changeState(
  ctx: ServiceContext,
  ids: string[],
  from: OutboxState[],
  change: (m: EntityManager, row: OutboxRow, at: string) => Promise<void>,
): Promise<{ updated: number }> {
  const at = isoNow(ctx);
  const unique = [...new Set(ids)];
  const rows = await ctx.ds.transaction(async (m) => {
    const found = await findByIds(m, unique);
    const missing = unique.filter((id) => !found.some((r) => r.id === id));
    if (missing.length > 0) {
      throw new AppError('outbox.notFound', 'Meddelandet finns inte längre i utkorgen.', {
        ids: missing,
      });
    }
    const wrong = found.filter((r) => !from.includes(r.state as OutboxState));
    if (wrong.length > 0) {
      throw new AppError(
        'outbox.wrongState',
        'Meddelandet kan inte ändras i sitt nuvarande läge.',
        {
          ids: wrong.map((r) => r.id),
          states: [...new Set(wrong.map((r) => r.state))],
          allowed: from,
        },
      );
    }
    for (const row of found) await change(m, row, at);
    return found;
  });
  emitTouched(ctx, touchedBy(rows));
  ctx.kickOutbox();
  return { updated: rows.length };
}

/** SQLite takes a bounded number of parameters: a selection of thousands is read in slices. */
async function findByIds(m: EntityManager, ids: string[]): Promise<OutboxRow[]> {
  const found: OutboxRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    found.push(...(await m.findBy(OutboxEntity, { id: In(ids.slice(i, i + 500)) })));
  }
  return found;
}
