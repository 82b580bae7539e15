import { In, type EntityManager } from 'typeorm';
import { OutboxEntity } from '../db/mail-entities';

/** Not yet sent and not being sent: a message that may still go out unless cancelled. */
const UNSENT = ['queued', 'failed', 'interrupted'];

/**
 * Cancels the messages still waiting for users who are being deleted, inside the delete's
 * transaction: nothing is sent to a person the bureau has removed. A message being sent at this
 * moment is left to the worker, which records what the server answered.
 */
export async function cancelUserMessages(
  m: EntityManager,
  userIds: string[],
  at: string,
): Promise<number> {
  let cancelled = 0;
  for (let i = 0; i < userIds.length; i += 500) {
    const result = await m.update(
      OutboxEntity,
      { userId: In(userIds.slice(i, i + 500)), state: In(UNSENT) },
      { state: 'cancelled', nextAttemptAt: null, updatedAt: at },
    );
    cancelled += result.affected ?? 0;
  }
  return cancelled;
}
