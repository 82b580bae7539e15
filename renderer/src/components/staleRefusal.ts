import { detailsOf } from '../../../shared/errorDetails';

type StaleEntity = 'user' | 'customer' | 'settings' | 'profile' | 'bureau';

/** A colleague's version of a record, as a conflict.stale refusal carries it, and who saved it. */
export interface Colleague<R> {
  theirs: R;
  changedBy: string | null;
  changedAt: string | null;
}

/** A save refused as stale: the version the form read, the colleague's, and the form's values. */
export interface StaleSave<R, V> extends Colleague<R> {
  read: R;
  values: V;
}

/**
 * The colleague's version from a conflict.stale refusal about `entity`; null for any other
 * refusal. The core sends the record as its read channel shows it (personnummer masked).
 */
export function colleagueOf<R>(
  error: { code: string; details?: unknown } | null | undefined,
  entity: StaleEntity,
): Colleague<R> | null {
  const details = detailsOf(error, 'conflict.stale');
  if (!details || details.entity !== entity) return null;
  return {
    theirs: details.current as unknown as R,
    changedBy: details.changedBy,
    changedAt: details.changedAt,
  };
}
