import { describe, expect, it } from 'vitest';
import { normalizeClock } from './normalize';

describe('a time of day typed in a hurry', () => {
  it('is written as TT:MM', () => {
    expect(normalizeClock('9')).toBe('09:00');
    expect(normalizeClock('930')).toBe('09:30');
    expect(normalizeClock('9.30')).toBe('09:30');
    expect(normalizeClock('9,30')).toBe('09:30');
    expect(normalizeClock(' 15:00 ')).toBe('15:00');
  });

  it('is left alone when it is no time of day, so the field can say so', () => {
    expect(normalizeClock('25')).toBe('25');
    expect(normalizeClock('9:75')).toBe('9:75');
    expect(normalizeClock('nio')).toBe('nio');
  });
});
