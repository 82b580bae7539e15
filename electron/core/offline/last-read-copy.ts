import type { DataSource } from 'typeorm';
import { AppError, type ErrorCode } from '../../../shared/errors';
import { openDatabase } from '../db/data-source';
import { hasSnapshot, snapshotFileFor, snapshotReadAt } from './snapshot';

/** Refusals that mean "the server is not there", not "it said no" (auth, TLS, a newer schema). */
const UNREACHABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'db.unknownHost',
  'db.refused',
  'db.timeout',
  'db.connectionFailed',
]);

export interface LastReadCopy {
  ds: DataSource;
  /** When its rows were read from the team database (ISO time). */
  readAt: string | null;
}

/**
 * The team database could not be reached at start: its last-read copy, opened so that nothing
 * can change it (PRAGMA query_only on the writer; reads use a read-only connection anyway), or
 * null when the failure is another or there is no copy (the start fails as before, and the
 * desktop offers the own file).
 */
export async function openLastReadCopy(
  err: unknown,
  localFile: string,
): Promise<LastReadCopy | null> {
  if (!(err instanceof AppError) || !UNREACHABLE.has(err.code)) return null;
  const file = snapshotFileFor(localFile);
  if (!hasSnapshot(file)) return null;
  // A copy made by an older build is brought to this build's schema first, as any file is.
  const ds = await openDatabase(file);
  await ds.query('PRAGMA query_only = ON');
  return { ds, readAt: await snapshotReadAt(ds) };
}
