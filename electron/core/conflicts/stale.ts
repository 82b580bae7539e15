import { In, type EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type { z } from 'zod';
import type { ERROR_DETAILS } from '../../../shared/errorDetails';
import { AuditEntity } from '../db/entities';

type StaleDetails = z.infer<(typeof ERROR_DETAILS)['conflict.stale']>;

/** The version a write gives a record: 1 for a new one, one more than the stored one otherwise. */
export function nextVersion(stored: { recordVersion: number } | null | undefined): number {
  return stored ? Number(stored.recordVersion) + 1 : 1;
}

/** True when a save read at `readAt` would overwrite a colleague's write; no version: no check. */
export function isStale(stored: { recordVersion: number }, readAt: number | undefined): boolean {
  return readAt !== undefined && Number(stored.recordVersion) !== readAt;
}

/**
 * The refusal of a stale save: the record as the reader sees it now, and from the audit log who
 * wrote last, when, and which fields the writes since `readAt` touched. Each write adds one to
 * the version and (when it changed anything) writes one audit row, so the newest
 * `version - readAt` rows of the record are those writes.
 */
export async function staleError(
  m: EntityManager,
  record: { entity: StaleDetails['entity']; auditEntities: string[]; id: string },
  version: number,
  readAt: number,
  current: Record<string, unknown>,
): Promise<AppError> {
  const since = Math.max(1, Math.min(50, version - readAt));
  const rows = await m.find(AuditEntity, {
    where: { entity: In(record.auditEntities), entityId: record.id },
    order: { id: 'DESC' },
    take: since,
  });
  const changedFields = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(parseObject(row.afterJson))) changedFields.add(key);
  }
  const details: StaleDetails = {
    entity: record.entity,
    id: record.id,
    version,
    current,
    changedFields: [...changedFields],
    changedBy: rows[0]?.actor ?? null,
    changedAt: rows[0]?.at ?? null,
  };
  const who = details.changedBy ?? 'En kollega';
  return new AppError(
    'conflict.stale',
    `${who} har ändrat det här sedan du öppnade det (version ${readAt}, nu ${version}).`,
    details,
  );
}

function parseObject(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** An update through the contract names the version it read; only new records may omit it. */
export function versionMissing(): AppError {
  return new AppError(
    'input.invalid',
    'En ändring måste ange versionen den läste (recordVersion)',
    {
      issues: [{ path: 'recordVersion', message: 'Required to update a stored record' }],
    },
  );
}
