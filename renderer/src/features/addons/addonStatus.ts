import type { CustomerAddon } from '../../../../shared/schemas/invoices';

export type AddonStatus = 'active' | 'ended' | 'upcoming';

/** Aktiv, Avslutad or Kommande on a given day (the end date is the last active day). */
export function addonStatus(
  addon: Pick<CustomerAddon, 'activeFrom' | 'activeTo'>,
  today: string,
): AddonStatus {
  if (addon.activeFrom > today) return 'upcoming';
  return addon.activeTo !== null && addon.activeTo < today ? 'ended' : 'active';
}

/** Active and upcoming first, each by start date; ended ones last, the latest ended first. */
export function sortAddons<T extends Pick<CustomerAddon, 'activeFrom' | 'activeTo'>>(
  addons: readonly T[],
  today: string,
): T[] {
  const rank = (a: T) => (addonStatus(a, today) === 'ended' ? 1 : 0);
  return [...addons].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 1
        ? (b.activeTo ?? '').localeCompare(a.activeTo ?? '')
        : a.activeFrom.localeCompare(b.activeFrom)),
  );
}
