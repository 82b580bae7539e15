import { describe, expect, it } from 'vitest';
import type { OutboxItem, OutboxState } from '../../../../shared/schemas/mail';
import { actionsFor, attentionCount, progressPercent, statesOf } from './outboxRules';

const item = (id: string, state: OutboxState) => ({ id, state }) as OutboxItem;
const counts = (patch: Partial<Record<OutboxState, number>>) => ({
  counts: { queued: 0, sending: 0, sent: 0, failed: 0, interrupted: 0, cancelled: 0, ...patch },
  sending: null,
});

describe('the outbox page', () => {
  it('badge counts the failed and interrupted messages, the ones staff must act on', () => {
    expect(attentionCount(counts({ failed: 2, interrupted: 1, queued: 40, sent: 9 }))).toBe(3);
    expect(attentionCount(undefined)).toBe(0);
  });

  it('acts on the selected messages each action may take', () => {
    const selection = [
      item('a', 'failed'),
      item('b', 'sent'),
      item('c', 'interrupted'),
      item('d', 'cancelled'),
      item('e', 'queued'),
    ];
    expect(actionsFor(selection)).toEqual({
      retry: ['a', 'd'],
      cancel: ['a', 'c', 'e'],
      interrupted: ['c'],
    });
  });

  it('asks the outbox for the states of the filter, and shows progress only mid-batch', () => {
    expect(statesOf('all')).toBeUndefined();
    expect(statesOf('attention')).toEqual(['failed', 'interrupted']);
    expect(statesOf('sent')).toEqual(['sent']);
    expect(progressPercent({ done: 50, total: 200 })).toBe(25);
    expect(progressPercent({ done: 200, total: 200 })).toBeNull();
    expect(progressPercent(null)).toBeNull();
  });
});
