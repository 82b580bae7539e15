import { In, type EntityManager } from 'typeorm';
import { NOT_CONNECTED, type BlikkSyncStatus } from '../../../shared/schemas/blikk';
import {
  BlikkConnectionEntity,
  BlikkReconciliationEntity,
  type BlikkReconciliationRow,
} from '../db/blikk-entities';

export { NOT_CONNECTED };

/** Ids per IN (...) list: well below SQLite's bound on variables. */
const CHUNK = 500;

/**
 * The portfolio's Blikk column for many customers at once: the connections and the stored
 * reconciliations (their counts in clear: nothing is decrypted), never a query per customer.
 * Absent customers are NOT_CONNECTED.
 */
export async function syncStatuses(
  m: EntityManager,
  customerIds?: string[],
): Promise<Map<string, BlikkSyncStatus>> {
  const connected = await readAll(customerIds, (where) =>
    m.find(BlikkConnectionEntity, { select: { customerId: true }, where }),
  );
  const readings = await readAll(customerIds, (where) =>
    m.find(BlikkReconciliationEntity, {
      select: {
        customerId: true,
        attemptedAt: true,
        status: true,
        errorCode: true,
        reconciledAt: true,
        openCount: true,
      },
      where,
    }),
  );
  const statuses = new Map<string, BlikkSyncStatus>();
  for (const { customerId } of connected)
    statuses.set(customerId, { ...NOT_CONNECTED, connected: true });
  for (const row of readings) {
    statuses.set(row.customerId, statusOf(row, statuses.has(row.customerId)));
  }
  return statuses;
}

/** Every row, or those of the given customers, a chunk of ids per query. */
async function readAll<T>(
  ids: string[] | undefined,
  read: (where: { customerId?: ReturnType<typeof In<string>> }) => Promise<T[]>,
): Promise<T[]> {
  if (!ids) return read({});
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    rows.push(...(await read({ customerId: In(ids.slice(i, i + CHUNK)) })));
  }
  return rows;
}

/** The status keeps the last successful reading's outcome; an error marks a later failed attempt. */
function statusOf(
  row: Pick<
    BlikkReconciliationRow,
    'attemptedAt' | 'status' | 'errorCode' | 'reconciledAt' | 'openCount'
  >,
  connected: boolean,
): BlikkSyncStatus {
  return {
    connected,
    reconciledAt: row.reconciledAt,
    open: row.reconciledAt ? row.openCount : null,
    verified: row.reconciledAt !== null && row.status === 'matched',
    lastError: row.errorCode ? { code: row.errorCode, at: row.attemptedAt } : null,
  };
}
