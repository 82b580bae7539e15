import { describe, expect, it } from 'vitest';
import { defaultMonth, hasEnded, isShowableMonth, monthName, monthShort } from './month';

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
