import { describe, expect, it } from 'vitest';
import { dateProblems, quantityValue } from './addonForm';

describe('the add-on dialog', () => {
  it('wants a real start date and an end that is not before it', () => {
    expect(dateProblems('2030-03-01', '')).toEqual({});
    expect(dateProblems('2030-02-30', '')).toEqual({ from: 'date' });
    expect(dateProblems('2030-03-01', '2030-02-28')).toEqual({ to: 'beforeStart' });
    expect(dateProblems('2030-03-01', '31/3')).toEqual({ to: 'date' });
  });

  it('counts items in whole numbers from one', () => {
    expect(quantityValue(' 3 ')).toBe(3);
    expect(quantityValue('0')).toBeNull();
    expect(quantityValue('2,5')).toBeNull();
  });
});
