import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { OutboxEntity, type OutboxRow } from '../db/mail-entities';

/** Not yet sent and not being sent: a message that may still go out unless cancelled. */
const UNSENT = ['queued', 'failed', 'interrupted'];

/**
 * Cancels the messages still waiting for users who are being deleted, inside the delete's
 * transaction: nothing is sent to a person the bureau has removed. A message being sent at this
 * moment is left to the worker, which records what the server answered.
 */
export function cancelUserMessages(
  m: EntityManager,
  userIds: string[],
  at: string,
): Promise<number> {
  return cancelWhere(m, userIds, at, { state: In(UNSENT) });
}

/**
 * A new welcome replaces the ones that failed for good: otherwise a retry of the old one from
 * the outbox would send the user a second welcome.
 */
export function cancelFailedWelcomes(
  m: EntityManager,
  userIds: string[],
  at: string,
): Promise<number> {
  return cancelWhere(m, userIds, at, { kind: 'welcome', state: 'failed' });
}

async function cancelWhere(
  m: EntityManager,
  userIds: string[],
  at: string,
  where: FindOptionsWhere<OutboxRow>,
): Promise<number> {
  let cancelled = 0;
  for (let i = 0; i < userIds.length; i += 500) {
    const result = await m.update(
      OutboxEntity,
      { ...where, userId: In(userIds.slice(i, i + 500)) },
      { state: 'cancelled', nextAttemptAt: null, updatedAt: at },
    );
    cancelled += result.affected ?? 0;
  }
  return cancelled;
}
