import { describe, expect, it } from 'vitest';
import {
  formatAddress,
  formatAmount,
  formatDate,
  formatMoney,
  formatNumber,
  formatWeekdayDate,
} from './format';

// Intl separates groups and the currency with a no-break space: compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('the Swedish formats', () => {
  it('write money (öre) as "1 234,50 kr"', () => {
    expect(plain(formatMoney(123450))).toBe('1 234,50 kr');
    expect(plain(formatAmount(123450))).toBe('1 234,50');
    expect(plain(formatMoney(1234567, 'sv', 'whole'))).toBe('12 346 kr');
  });

  it('group numbers the Swedish way', () => {
    expect(plain(formatNumber(2000))).toBe('2 000');
  });

  it('write a calendar date without shifting it to another day', () => {
    expect(formatDate('2026-11-28')).toBe('28 nov. 2026');
  });

  it('name the weekday of a holiday: Midsummer Eve 2026 is a Friday', () => {
    expect(formatWeekdayDate('2026-06-19')).toBe('fre 19 juni');
    expect(formatWeekdayDate('2026-06-19', 'en')).toBe('Fri 19 Jun');
  });

  it('write English money as "1,234.50 kr": British digits, still kronor', () => {
    expect(formatMoney(123450, 'en')).toBe('1,234.50 kr');
    expect(formatAmount(123450, 'en')).toBe('1,234.50');
    expect(formatMoney(-9900, 'en')).toBe('-99.00 kr');
    expect(formatMoney(1234567, 'en', 'whole')).toBe('12,346 kr');
  });

  it('leave out the missing parts of an address', () => {
    expect(formatAddress({ street: 'Storgatan 1', postalCode: '', city: 'Kalmar' })).toBe(
      'Storgatan 1, Kalmar',
    );
  });
});

describe('money on a chart axis', () => {
  it('reads "120 tkr" and "2,5 mkr" in Swedish, as bureaus write it, not "120 tn kr"', () => {
    expect(plain(formatMoney(12_000_000, 'sv', 'compact'))).toBe('120 tkr');
    expect(plain(formatMoney(250_000_000, 'sv', 'compact'))).toBe('2,5 mkr');
    expect(plain(formatMoney(50_000, 'sv', 'compact'))).toBe('500 kr');
  });

  it('keeps the English short form', () => {
    expect(formatMoney(12_000_000, 'en', 'compact')).toBe('120k kr');
  });
});
