import type { EntityManager } from 'typeorm';
import { NOT_CONNECTED, type BlikkSyncStatus } from '../../../shared/schemas/blikk';

export { NOT_CONNECTED };

/**
 * The portfolio's Blikk column for many customers at once (two indexed reads, never a query per
 * customer). Absent customers are NOT_CONNECTED.
 */
export async function syncStatuses(
  _m: EntityManager,
  _customerIds?: string[],
): Promise<Map<string, BlikkSyncStatus>> {
  // Stub: the reconcile helper builds it from blikk_connections and blikk_reconciliations.
  return new Map();
}
