import { describe, expect, it } from 'vitest';
import {
  firstPricedMonth,
  nextEffectiveFrom,
  pricedMonths,
  versionForMonth,
  versionStatus,
} from './versions';

const v = (id: string, effectiveFrom: string) => ({ id, effectiveFrom });
const versions = [v('a', '2025-01-01'), v('b', '2030-03-15'), v('c', '2030-06-01')];

describe('which price version prices a month', () => {
  it('is the one in force on the first day of the month', () => {
    expect(versionForMonth(versions, '2030-03')?.id).toBe('a');
    expect(versionForMonth(versions, '2030-04')?.id).toBe('b');
    expect(versionForMonth(versions, '2024-12')).toBeNull();
  });

  it('starts mid-month versions with the following month', () => {
    expect(firstPricedMonth('2030-03-15')).toBe('2030-04');
    expect(firstPricedMonth('2030-03-01')).toBe('2030-03');
    expect(pricedMonths(versions[0]!, versions)).toEqual({ from: '2025-01', to: '2030-03' });
    expect(pricedMonths(versions[2]!, versions)).toEqual({ from: '2030-06', to: null });
  });

  it('says a version prices no month when a later one takes over the same month', () => {
    const clash = [v('x', '2030-03-10'), v('y', '2030-03-20')];
    expect(pricedMonths(clash[0]!, clash)).toBeNull();
  });

  it('marks the version pricing this month as current, later ones upcoming', () => {
    expect(versionStatus(versions[0]!, versions, '2030-03-20')).toBe('current');
    expect(versionStatus(versions[1]!, versions, '2030-03-20')).toBe('upcoming');
    expect(versionStatus(versions[0]!, versions, '2030-04-02')).toBe('past');
  });

  it('proposes the first of next month, or the month after the newest version', () => {
    expect(nextEffectiveFrom(versions.slice(0, 1), '2030-03-20')).toBe('2030-04-01');
    expect(nextEffectiveFrom(versions, '2030-03-20')).toBe('2030-07-01');
  });
});
