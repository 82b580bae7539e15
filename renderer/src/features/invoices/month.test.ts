import { describe, expect, it } from 'vitest';
import {
  defaultMonth,
  hasEnded,
  isShowableMonth,
  monthName,
  monthShort,
  monthSpan,
  repricedMonths,
} from './month';

describe('the month shown', () => {
  it('is last month by default, also across the turn of the year', () => {
    expect(defaultMonth(new Date('2026-11-28T09:00:00Z'))).toBe('2026-10');
    // 00:05 on 1 January in Stockholm is still 31 December in UTC.
    expect(defaultMonth(new Date('2026-12-31T23:05:00Z'))).toBe('2026-12');
  });

  it('can be closed only once its last day is over in Sweden (as the service counts)', () => {
    expect(hasEnded('2026-10', new Date('2026-10-31T22:59:00Z'))).toBe(false); // 23:59 CET
    expect(hasEnded('2026-10', new Date('2026-10-31T23:01:00Z'))).toBe(true); // 00:01 CET
    expect(hasEnded('2026-11', new Date('2026-11-28T12:00:00Z'))).toBe(false);
  });

  it('comes from the address only when it is a real month', () => {
    expect(isShowableMonth('2030-03')).toBe(true);
    expect(isShowableMonth('2030-13')).toBe(false);
    expect(isShowableMonth('mars')).toBe(false);
    expect(isShowableMonth(undefined)).toBe(false);
  });

  it('is named in the language on screen', () => {
    expect(monthName('2030-03', 'sv')).toBe('mars 2030');
    expect(monthName('2030-03', 'en')).toBe('March 2030');
    expect(monthShort('2030-03', 'sv')).toBe('mars 30');
  });
});

describe('a back-dated change', () => {
  const now = new Date('2026-11-28T09:00:00Z');

  it('reprices the ended months from its date on, named as one month or a span', () => {
    expect(repricedMonths('2026-09-15', now)).toEqual(['2026-09', '2026-10']);
    expect(monthSpan(repricedMonths('2026-09-15', now), 'sv')).toBe(
      'september 2026 – oktober 2026',
    );
    expect(monthSpan(repricedMonths('2026-10-01', now), 'sv')).toBe('oktober 2026');
  });

  it('reprices no ended month when it applies from this month on', () => {
    expect(repricedMonths('2026-11-01', now)).toEqual([]);
    expect(repricedMonths('2027-01-01', now)).toEqual([]);
    expect(repricedMonths('not a day', now)).toEqual([]);
  });
});
