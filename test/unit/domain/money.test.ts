import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatKronor,
  kronorToOre,
  roundingToKrona,
  vatOf,
} from '../../../shared/domain/money';
import {
  addMonths,
  dayBefore,
  lastDayOf,
  monthsEnding,
  previousMonth,
  swedishDay,
} from '../../../shared/domain/months';

describe('money in öre', () => {
  it('converts kronor with up to two decimals exactly, and refuses more', () => {
    expect(kronorToOre(99)).toBe(9900);
    expect(kronorToOre(104.5)).toBe(10450);
    expect(kronorToOre(99.9)).toBe(9990); // 99.9 * 100 is 9990.000000000002 in floating point
    expect(kronorToOre(0.07)).toBe(7);
    expect(kronorToOre(1.005)).toBeNull();
    expect(kronorToOre(Number.NaN)).toBeNull();
  });

  it('rounds VAT to the öre, half up, on the total', () => {
    expect(vatOf(122700)).toBe(30675); // 1 227,00 → 306,75
    expect(vatOf(10)).toBe(3); // 2,5 öre → 3
    expect(vatOf(2)).toBe(1); // 0,5 öre → 1
    expect(vatOf(1)).toBe(0); // 0,25 öre → 0
  });

  it('rounds a total to whole kronor as öresavrundning (half up)', () => {
    expect(roundingToKrona(620375)).toBe(25); // 6 203,75 → 6 204
    expect(roundingToKrona(255750)).toBe(50); // 2 557,50 → 2 558
    expect(roundingToKrona(190549)).toBe(-49); // 1 905,49 → 1 905
    expect(roundingToKrona(190500)).toBe(0);
  });

  it('formats Swedish amounts with a space for thousands and a decimal comma', () => {
    expect(formatAmount(620375).replace(/\s/g, ' ')).toBe('6 203,75');
    expect(formatKronor(-4900).replace(/\s/g, ' ')).toBe('−49,00 kr');
    expect(formatAmount(123456789, 'en-GB')).toBe('1,234,567.89');
  });
});

describe('calendar months', () => {
  it('knows month lengths, leap years included', () => {
    expect(lastDayOf('2030-02')).toBe('2030-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2030-12')).toBe('2030-12-31');
  });

  it('steps across years', () => {
    expect(previousMonth('2030-01')).toBe('2029-12');
    expect(addMonths('2029-11', 3)).toBe('2030-02');
    expect(monthsEnding('2030-02', 3)).toEqual(['2029-12', '2030-01', '2030-02']);
    expect(dayBefore('2030-03-01')).toBe('2030-02-28');
  });

  it('counts days as they are in Sweden, summer and winter time', () => {
    expect(swedishDay(new Date('2030-03-31T22:30:00Z'))).toBe('2030-04-01'); // CEST, +2
    expect(swedishDay(new Date('2030-01-31T22:30:00Z'))).toBe('2030-01-31'); // CET, +1
    expect(swedishDay(new Date('2030-01-31T23:30:00Z'))).toBe('2030-02-01');
  });
});
