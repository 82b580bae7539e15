import { addMonths, firstDayOf, monthOf, previousMonth } from '../../../../shared/domain/months';

interface Dated {
  id: string;
  effectiveFrom: string;
}

/** The first month a version prices: a month is priced by the version in force on its 1st. */
export function firstPricedMonth(effectiveFrom: string): string {
  const month = monthOf(effectiveFrom);
  return effectiveFrom === firstDayOf(month) ? month : addMonths(month, 1);
}

/** The version that prices a month (the same rule as the services' month lock). */
export function versionForMonth<T extends Dated>(versions: readonly T[], month: string): T | null {
  const day = firstDayOf(month);
  let found: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= day && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  }
  return found;
}

export type VersionStatus = 'current' | 'upcoming' | 'past';

/** The months a version prices, `to` null while no later version takes over; null if none. */
export function pricedMonths(
  version: Dated,
  versions: readonly Dated[],
): { from: string; to: string | null } | null {
  const from = firstPricedMonth(version.effectiveFrom);
  const next = versions
    .filter((v) => v.effectiveFrom > version.effectiveFrom)
    .map((v) => firstPricedMonth(v.effectiveFrom))
    .sort()[0];
  if (next === undefined) return { from, to: null };
  return next > from ? { from, to: previousMonth(next) } : null;
}

/** Whether a version prices the month of `today`, a later one, or only earlier ones. */
export function versionStatus(
  version: Dated,
  versions: readonly Dated[],
  today: string,
): VersionStatus {
  const month = monthOf(today);
  if (versionForMonth(versions, month)?.id === version.id) return 'current';
  return firstPricedMonth(version.effectiveFrom) > month ? 'upcoming' : 'past';
}

/** Where a new version should start: the 1st of next month, or after the newest version. */
export function nextEffectiveFrom(versions: readonly Dated[], today: string): string {
  const newest = versions
    .map((v) => v.effectiveFrom)
    .sort()
    .at(-1);
  const base = newest && newest > today ? monthOf(newest) : monthOf(today);
  return firstDayOf(addMonths(base, 1));
}
