import type { CustomerRow } from '../../../../shared/schemas/customer';

/** A step 1-5 (the customer's next one), 'done' (all five done), or null for everyone. */
export type StepFilter = 1 | 2 | 3 | 4 | 5 | 'done' | null;

export const STEP_FILTERS = [1, 2, 3, 4, 5, 'done'] as const;

/** The `?step=` of the portfolio's address: what the overview's bars link to. */
export function parseStepFilter(value: string | null): StepFilter {
  if (value === 'done') return 'done';
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 && n <= 5 ? (n as StepFilter) : null;
}

export function stepParam(filter: Exclude<StepFilter, null>): string {
  return String(filter);
}

/** An overview step (null = done) as a portfolio filter. */
export function filterOfStep(step: number | null): Exclude<StepFilter, null> {
  return step === null ? 'done' : (Math.min(5, Math.max(1, step)) as 1 | 2 | 3 | 4 | 5);
}

export function matchesStep(row: CustomerRow, filter: StepFilter): boolean {
  if (filter === null) return true;
  return filter === 'done' ? row.onboarding.next === null : row.onboarding.next === filter;
}

/** How many customers stand at each step, for the filter's buttons. */
export function countByStep(rows: readonly CustomerRow[]): Record<string, number> {
  const counts: Record<string, number> = { all: rows.length };
  for (const filter of STEP_FILTERS) counts[String(filter)] = 0;
  for (const row of rows) {
    const key = row.onboarding.next === null ? 'done' : String(row.onboarding.next);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
