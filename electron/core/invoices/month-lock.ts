import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { namedErrorsSv } from '../../../shared/errorMessages';
import { firstDayOf, monthOf } from '../../../shared/domain/months';
import { monthName } from './export/texts';
import { ClosedMonthEntity, type ClosedMonthRow } from '../db/invoicing-entities';

export async function closedMonths(m: EntityManager): Promise<ClosedMonthRow[]> {
  return m.find(ClosedMonthEntity, {
    select: { month: true, priceListId: true, closedAt: true, actor: true },
    order: { month: 'ASC' },
  });
}

/**
 * Refuses a change whose effect reaches a closed month: from the month of `from` through the
 * month of `to` (null: every month after). What was exported must stay reproducible.
 */
export async function assertMonthsOpen(
  m: EntityManager,
  from: string,
  to: string | null,
): Promise<void> {
  const first = monthOf(from);
  const last = to === null ? null : monthOf(to);
  const hit = (await closedMonths(m)).find(
    (c) => c.month >= first && (last === null || c.month <= last),
  );
  if (hit) throw monthClosed(hit.month);
}

/** The refusal of a change reaching a closed month, naming it: "Mars 2026 är stängd. …". */
export function monthClosed(month: string): AppError {
  const words = monthName(month);
  const named = words.charAt(0).toUpperCase() + words.slice(1);
  return new AppError('month.closed', namedErrorsSv['month.closed'].replace('{{month}}', named), {
    month,
  });
}

/** Which version prices a month: the newest in force on its first day. */
export function versionFor<T extends { effectiveFrom: string }>(
  versions: readonly T[],
  month: string,
): T | null {
  const day = firstDayOf(month);
  let found: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= day && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  }
  return found;
}
