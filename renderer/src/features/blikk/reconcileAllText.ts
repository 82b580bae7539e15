import type { TFunction } from 'i18next';
import type { BlikkReconcileAllResult } from '../../../../shared/schemas/blikk';

/** The notice after "Stäm av alla anslutna": how many were reconciled, failed, or left. */
export function reconcileAllText(
  t: TFunction,
  number: (n: number) => string,
  result: BlikkReconcileAllResult,
): string {
  const values = {
    reconciled: number(result.reconciled),
    total: number(result.total),
    failed: number(result.failed.length),
  };
  if (result.cancelled) return t('blikk.all.cancelled', values);
  return t(result.failed.length > 0 ? 'blikk.all.doneFailed' : 'blikk.all.done', values);
}
