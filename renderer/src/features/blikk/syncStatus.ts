import type { TFunction } from 'i18next';
import type { BlikkSyncStatus } from '../../../../shared/schemas/blikk';
import { errorText } from '../../i18n/errorText';

/** What the portfolio's Blikk column says of a customer, and what its filter chooses among. */
export const SYNC_KINDS = ['verified', 'open', 'failed', 'never', 'notConnected'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

/** A failed last attempt outweighs the earlier result: staff must see that it is stale. */
export function syncKind(status: BlikkSyncStatus): SyncKind {
  if (!status.connected) return 'notConnected';
  if (status.lastError) return 'failed';
  if (status.reconciledAt === null) return 'never';
  return status.verified ? 'verified' : 'open';
}

/** The cell's words: "Verifierad 7 dec. 2026", "7 dec. 2026 · 3 öppna", "Inte ansluten". */
export function syncText(
  t: TFunction,
  date: (value: string) => string,
  status: BlikkSyncStatus,
): string {
  const kind = syncKind(status);
  if (kind === 'failed' && status.lastError) {
    return t('blikk.sync.failed', { date: date(status.lastError.at) });
  }
  if (kind === 'verified' && status.reconciledAt) {
    return t('blikk.sync.verified', { date: date(status.reconciledAt) });
  }
  if (kind === 'open' && status.reconciledAt) {
    const count = status.open ?? 0;
    return t('blikk.sync.open', { date: date(status.reconciledAt), count });
  }
  return t(kind === 'never' ? 'blikk.sync.never' : 'blikk.sync.notConnected');
}

/** The failure's own sentence, for the cell's tooltip; null when the last attempt worked. */
export function syncFailure(
  t: TFunction,
  date: (value: string) => string,
  status: BlikkSyncStatus,
): string | null {
  if (!status.connected || !status.lastError) return null;
  const { code, at } = status.lastError;
  return t('blikk.sync.failedTitle', { date: date(at), message: errorText(t, code) });
}

const RANK: Record<SyncKind, number> = {
  notConnected: 0,
  never: 1,
  verified: 2,
  open: 3,
  failed: 4,
};

/**
 * Ascending: not connected, never reconciled, verified, then by open differences (most last),
 * failures at the end; equal ones oldest reconciliation first, so the stalest come up together.
 */
export function compareSync(a: BlikkSyncStatus, b: BlikkSyncStatus): number {
  const byKind = RANK[syncKind(a)] - RANK[syncKind(b)];
  if (byKind !== 0) return byKind;
  const byOpen = (a.open ?? 0) - (b.open ?? 0);
  if (byOpen !== 0) return byOpen;
  return (a.reconciledAt ?? '').localeCompare(b.reconciledAt ?? '');
}
