import {
  REVIEWABLE,
  type CustomerSettings,
  type Reviewable,
} from '../../../../shared/schemas/settings';

/** The five time-settings sections in Blikk's order, then the reporting profiles (6). */
export const PARTS = REVIEWABLE;
export type Part = Reviewable;

export function isPart(value: unknown): value is Part {
  return typeof value === 'string' && (PARTS as readonly string[]).includes(value);
}

/** 1-6, as the article numbers them. */
export function partNumber(part: Part): number {
  return PARTS.indexOf(part) + 1;
}

export function partPath(customerId: string, part?: Part): string {
  return part ? `/customers/${customerId}/settings/${part}` : `/customers/${customerId}/settings`;
}

export interface Review {
  at: string | null;
  by: string | null;
}

export function reviewOf(settings: CustomerSettings, part: Part): Review {
  if (part === 'profiles') {
    return { at: settings.profilesReviewedAt, by: settings.profilesReviewedBy };
  }
  const section = settings.sections[part];
  return { at: section.reviewedAt, by: section.reviewedBy };
}

export function isReviewed(settings: CustomerSettings, part: Part): boolean {
  return reviewOf(settings, part).at !== null;
}

/**
 * Where to go after `part` is reviewed: the next unreviewed part after it, else the first
 * unreviewed one before it, else nowhere (everything is reviewed).
 */
export function nextUnreviewed(settings: CustomerSettings, part: Part): Part | null {
  const index = PARTS.indexOf(part);
  const after = PARTS.slice(index + 1).find((p) => !isReviewed(settings, p));
  return after ?? PARTS.find((p) => p !== part && !isReviewed(settings, p)) ?? null;
}

/** The part a bare settings link opens: the first not reviewed, or the first of all. */
export function firstUnreviewed(settings: CustomerSettings): Part {
  return PARTS.find((p) => !isReviewed(settings, p)) ?? 'workTime';
}
