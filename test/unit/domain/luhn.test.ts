import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from '../../../shared/domain/luhn';

/** Textbook Luhn, written differently on purpose: double from the right over the payload. */
function referenceLuhn(digits: string): boolean {
  const nums = [...digits].reverse().map(Number);
  const sum = nums.reduce((acc, d, i) => acc + (i % 2 ? ((d * 2) % 10) + Math.floor(d / 5) : d), 0);
  return sum % 10 === 0;
}

describe('Luhn check digit', () => {
  it('accepts the known check digits of personnummer and organisationsnummer', () => {
    expect(isLuhnValid('8112189876')).toBe(true);
    expect(isLuhnValid('5560160680')).toBe(true);
    expect(isLuhnValid('5560160681')).toBe(false);
  });

  it('refuses anything that is not a string of at least two digits', () => {
    for (const s of ['', '0', '55601606 80', '556016-0680', 'abcdefghij']) {
      expect(isLuhnValid(s)).toBe(false);
    }
  });

  it('computes the digit that completes a payload', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
    expect(luhnCheckDigit('556016068')).toBe(0);
    expect(() => luhnCheckDigit('55a')).toThrow(RangeError);
  });

  it('agrees with a textbook implementation on any digit string', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{2,20}$/), (s) => {
        expect(isLuhnValid(s)).toBe(referenceLuhn(s));
      }),
    );
  });

  it('makes any payload valid with its check digit, and only with it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,19}$/), fc.integer({ min: 1, max: 9 }), (p, k) => {
        const c = luhnCheckDigit(p);
        expect(isLuhnValid(p + c)).toBe(true);
        expect(isLuhnValid(p + ((c + k) % 10))).toBe(false);
      }),
    );
  });
});
