import type { TFunction } from 'i18next';
import type { StaleField } from '../../../components/staleChanges';

/**
 * A value of a section as one short line: yes/no, a number, a list. A nested part (the hours of
 * each weekday, a rule with its limit) reads as its values in order; a list of rows (reduced
 * days, own codes) as the first value of each row (its date or its code).
 */
export function showValue(t: TFunction, value: unknown): string {
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => showValue(t, firstOf(v))).join(', ');
  if (typeof value === 'object') {
    return Object.values(value)
      .map((v) => showValue(t, v))
      .join(', ');
  }
  return String(value as string | number);
}

const firstOf = (row: unknown): unknown =>
  row !== null && typeof row === 'object' && !Array.isArray(row) ? Object.values(row)[0] : row;

/** A section's parts, as the stale dialog lists them: each top-level field of its data. */
export function sectionStaleFields<T extends object>(t: TFunction, data: T): StaleField<T>[] {
  return Object.keys(data).map((key) => ({
    field: key,
    label: t(`stale.sectionFields.${key}`, { defaultValue: key }),
    show: (d: T) => showValue(t, (d as Record<string, unknown>)[key]),
  }));
}
