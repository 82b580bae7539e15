import { In } from 'typeorm';
import type { OutboxState } from '../../../shared/schemas/mail';
import { OutboxEntity } from '../db/mail-entities';
import type { ServiceContext } from '../context';

/** Where one message stands after the outbox has been tried: what the CLI reports. */
export interface Delivery {
  id: string;
  userId: string | null;
  state: OutboxState;
  /** Why it failed, or why it waits for another attempt (mail.refused, mail.timeout...). */
  errorCode: string | null;
  errorText: string | null;
}

/** The messages of one batch (an invite or a reminder run), by user. */
export async function batchDelivery(
  ctx: ServiceContext,
  batchId: string,
): Promise<Map<string, Delivery>> {
  const rows = await ctx.ds.getRepository(OutboxEntity).find({ where: { batchId } });
  return new Map(rows.map((r) => [r.userId ?? r.id, toDelivery(r)]));
}

/** Messages by id: the primary-contact summary a `contact inform` queued. */
export async function messageDelivery(ctx: ServiceContext, ids: string[]): Promise<Delivery[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.ds.getRepository(OutboxEntity).find({ where: { id: In(ids) } });
  return rows.map(toDelivery);
}

function toDelivery(r: {
  id: string;
  userId: string | null;
  state: string;
  errorCode: string | null;
  errorText: string | null;
}): Delivery {
  return {
    id: r.id,
    userId: r.userId,
    state: r.state as OutboxState,
    errorCode: r.errorCode,
    errorText: r.errorText,
  };
}
