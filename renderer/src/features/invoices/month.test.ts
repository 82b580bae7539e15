import { describe, expect, it } from 'vitest';
import { defaultMonth, hasEnded, isShowableMonth, monthName, monthShort } from './month';

describe('the month shown', () => {
  it('is last month by default, also across the turn of the year', () => {
    expect(defaultMonth(new Date(2026, 10, 28, 9))).toBe('2026-10');
    expect(defaultMonth(new Date(2027, 0, 1, 0, 5))).toBe('2026-12');
  });

  it('can be closed only once its last day is over', () => {
    expect(hasEnded('2026-10', new Date(2026, 9, 31, 23, 59))).toBe(false);
    expect(hasEnded('2026-10', new Date(2026, 10, 1, 0, 1))).toBe(true);
    expect(hasEnded('2026-11', new Date(2026, 10, 28))).toBe(false);
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
