import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OutboxKind } from '../../../shared/schemas/mail';
import { bulkInsert } from '../db/bulk-insert';
import { OutboxEntity, type OutboxPayload, type OutboxRow } from '../db/mail-entities';
import { isoNow, type ServiceContext } from '../context';
import { actorName } from '../audit/audit-service';
import { setWelcomeState } from './invitation-store';

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
  const welcomes = rows.filter((r) => r.kind === 'welcome' && r.userId && r.customerId);
  for (const row of welcomes) {
    await setWelcomeState(m, row.customerId as string, row.userId as string, now, {
      emailState: 'queued',
      emailError: null,
    });
  }
  return rows;
}

export function payloadOf(ctx: ServiceContext, row: Pick<OutboxRow, 'payloadEnc'>): OutboxPayload {
  return JSON.parse(ctx.cipher.decrypt(row.payloadEnc)) as OutboxPayload;
}

/** The part after @ of the sender's address: the Message-ID's domain. */
export const domainOf = (address: string): string => address.split('@')[1]?.trim() ?? '';
