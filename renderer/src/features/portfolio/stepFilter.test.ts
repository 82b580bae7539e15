import { describe, expect, it } from 'vitest';
import type { CustomerRow } from '../../../../shared/schemas/customer';
import { NOT_CONNECTED } from '../../../../shared/schemas/blikk';
import { countByStep, filterOfStep, matchesStep, parseStepFilter } from './stepFilter';

const row = (next: number | null): CustomerRow => ({
  id: String(next),
  name: `Kund ${next}`,
  orgnr: '556016-0680',
  version: 'easy',
  licences: 1,
  payer: 'customer',
  method: 'email',
  onboarding: { next, blockers: [] },
  blikk: NOT_CONNECTED,
  updatedAt: '2030-01-01T00:00:00.000Z',
});

describe('the onboarding-step filter of the portfolio', () => {
  it('reads only the steps there are from the address', () => {
    expect(parseStepFilter('3')).toBe(3);
    expect(parseStepFilter('done')).toBe('done');
    expect(parseStepFilter(null)).toBeNull();
    expect(parseStepFilter('0')).toBeNull();
    expect(parseStepFilter('6')).toBeNull();
    expect(parseStepFilter('2.5')).toBeNull();
    expect(parseStepFilter('')).toBeNull();
  });

  it('keeps the customers whose next step it is, or those done with all five', () => {
    const rows = [row(2), row(3), row(null)];
    expect(rows.filter((r) => matchesStep(r, 3)).map((r) => r.onboarding.next)).toEqual([3]);
    expect(rows.filter((r) => matchesStep(r, 'done')).map((r) => r.onboarding.next)).toEqual([
      null,
    ]);
    expect(rows.filter((r) => matchesStep(r, null))).toHaveLength(3);
  });

  it('counts the customers at each step', () => {
    expect(countByStep([row(2), row(2), row(null)])).toEqual({
      all: 3,
      '1': 0,
      '2': 2,
      '3': 0,
      '4': 0,
      '5': 0,
      done: 1,
    });
  });

  it('turns an overview bar into a filter', () => {
    expect(filterOfStep(null)).toBe('done');
    expect(filterOfStep(4)).toBe(4);
  });
});
