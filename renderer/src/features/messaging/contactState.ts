import type { TFunction } from 'i18next';
import type { CustomerMessaging, OutboxItem } from '../../../../shared/schemas/mail';

/** Where informing the primary contact stands (step 4), as the contact card shows it. */
export type ContactState =
  | { kind: 'notInformed' }
  | { kind: 'pending'; state: OutboxItem['state'] | 'queued'; reason: string | null }
  | { kind: 'sent'; at: string; by: string }
  | { kind: 'other'; at: string; by: string; note: string };

/**
 * Informed (by e-mail or another way) wins over a summary still in the outbox; the pending
 * message's own state (failed, interrupted) is known once the outbox has been read.
 */
export function contactStateOf(
  messaging: CustomerMessaging,
  pending: OutboxItem | null | undefined,
): ContactState {
  const informed = messaging.contactInformed;
  if (informed?.how === 'other') {
    return { kind: 'other', at: informed.at, by: informed.by, note: informed.note ?? '' };
  }
  if (informed) return { kind: 'sent', at: informed.at, by: informed.by };
  if (messaging.pendingSummaryId) {
    const item = pending?.id === messaging.pendingSummaryId ? pending : null;
    return {
      kind: 'pending',
      state: item?.state ?? 'queued',
      reason: item?.errorText ?? item?.errorCode ?? null,
    };
  }
  return { kind: 'notInformed' };
}

/** "Inte informerad", "I kö", "Skickat 7 dec. 2026 av Karin"… */
export function contactStateText(
  t: TFunction,
  state: ContactState,
  date: (value: string) => string,
): string {
  switch (state.kind) {
    case 'notInformed':
      return t('messaging.contact.states.notInformed');
    case 'pending':
      return t(`messaging.contact.states.${state.state}`);
    case 'sent':
      return t('messaging.contact.states.sent', { date: date(state.at), by: state.by });
    case 'other':
      return t('messaging.contact.states.other', { date: date(state.at), by: state.by });
  }
}
