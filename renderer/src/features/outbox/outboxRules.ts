import type { OutboxItem, OutboxState, OutboxStatus } from '../../../../shared/schemas/mail';

/** The nav item's badge: the messages staff must look at (failed, or interrupted mid-send). */
export function attentionCount(status: OutboxStatus | undefined): number {
  if (!status) return 0;
  return (status.counts.failed ?? 0) + (status.counts.interrupted ?? 0);
}

/** Which states each action takes (the outbox service refuses the others: outbox.wrongState). */
const RETRYABLE: readonly OutboxState[] = ['failed', 'cancelled'];
const CANCELLABLE: readonly OutboxState[] = ['queued', 'failed', 'interrupted'];

export interface SelectionActions {
  retry: string[];
  cancel: string[];
  interrupted: string[];
}

/** Splits a selection by what can be done to each message, so a button acts on those it may. */
export function actionsFor(items: readonly OutboxItem[]): SelectionActions {
  return {
    retry: items.filter((i) => RETRYABLE.includes(i.state)).map((i) => i.id),
    cancel: items.filter((i) => CANCELLABLE.includes(i.state)).map((i) => i.id),
    interrupted: items.filter((i) => i.state === 'interrupted').map((i) => i.id),
  };
}

/** The state filter's choices: every state, or the ones needing attention first. */
export const STATE_FILTERS = [
  'all',
  'attention',
  'queued',
  'sending',
  'sent',
  'failed',
  'interrupted',
  'cancelled',
] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

export function isStateFilter(value: unknown): value is StateFilter {
  return typeof value === 'string' && (STATE_FILTERS as readonly string[]).includes(value);
}

/** The states outbox:list is asked for; undefined asks for all. */
export function statesOf(filter: StateFilter): OutboxState[] | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'attention') return ['failed', 'interrupted'];
  return [filter];
}

/** 0–100 for the progress bar; null when no batch is being sent. */
export function progressPercent(progress: { done: number; total: number } | null): number | null {
  if (!progress || progress.total <= 0 || progress.done >= progress.total) return null;
  return Math.round((100 * progress.done) / progress.total);
}
