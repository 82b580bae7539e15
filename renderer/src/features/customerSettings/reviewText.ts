import type { TFunction } from 'i18next';
import type { Review } from './parts';

/** "Granskad 28 nov. 2026 av Anna Ek", "Granskad 28 nov. 2026" or "Ej granskad". */
export function reviewText(
  t: TFunction,
  formatDate: (value: string) => string,
  review: Review,
  plural = false,
): string {
  const suffix = plural ? 'Plural' : '';
  if (!review.at) return t(`timeSettings.notReviewed${suffix}`);
  const date = formatDate(review.at);
  return review.by?.trim()
    ? t(`timeSettings.reviewedBy${suffix}`, { date, who: review.by.trim() })
    : t(`timeSettings.reviewedAt${suffix}`, { date });
}
