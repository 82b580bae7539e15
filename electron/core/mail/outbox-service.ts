import { AppError } from '../../../shared/errors';
import type { OutboxItem, OutboxState, OutboxStatus } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';

export async function listOutbox(
  _ctx: ServiceContext,
  _input: { customerId?: string; states?: OutboxState[]; limit: number },
): Promise<OutboxItem[]> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function outboxStatus(_ctx: ServiceContext): Promise<OutboxStatus> {
  throw new AppError('internal', 'Inte byggt ännu');
}

/** Failed (or cancelled) messages back to the queue, due now. */
export async function retryMessages(
  _ctx: ServiceContext,
  _ids: string[],
): Promise<{ updated: number }> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function cancelMessages(
  _ctx: ServiceContext,
  _ids: string[],
): Promise<{ updated: number }> {
  throw new AppError('internal', 'Inte byggt ännu');
}

/** Interrupted messages: staff say whether they arrived ('sent') or must go again ('resend'). */
export async function confirmMessages(
  _ctx: ServiceContext,
  _input: { ids: string[]; outcome: 'sent' | 'resend' },
): Promise<{ updated: number }> {
  throw new AppError('internal', 'Inte byggt ännu');
}
