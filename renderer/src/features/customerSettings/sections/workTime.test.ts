import { describe, expect, it } from 'vitest';
import { defaultSections } from '../../../../../shared/settings/sections';
import { halfDayHours, reducedDayFrom, weekdayOf, weeklyTotal } from './workTime';

const hours = defaultSections().workTime.weeklyHours;

describe('the work-time section', () => {
  it('adds up the week, ignoring an empty day', () => {
    expect(weeklyTotal(hours)).toBe(40);
    expect(weeklyTotal({ ...hours, fri: Number.NaN, mon: 7.75 })).toBe(31.75);
  });

  it('knows the weekday of a calendar date', () => {
    expect(weekdayOf('2026-04-02')).toBe('thu'); // skärtorsdag
    expect(weekdayOf('2026-06-19')).toBe('fri'); // midsommarafton
    expect(weekdayOf('2026-01-04')).toBe('sun');
  });

  it('makes a half day of half the scheduled hours, to the quarter hour', () => {
    expect(halfDayHours(hours, '2026-04-02')).toBe(4);
    expect(halfDayHours({ ...hours, thu: 7.75 }, '2026-04-02')).toBe(4);
    expect(halfDayHours(hours, '2026-01-04')).toBe(0);
    expect(
      reducedDayFrom({ date: '2026-04-30', name: 'Valborgsmässoafton', kind: 'halfDay' }, hours),
    ).toEqual({ date: '2026-04-30', hours: 4, note: 'Valborgsmässoafton' });
  });
});
