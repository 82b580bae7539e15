import { describe, expect, it } from 'vitest';
import { decimalText, parseDecimal } from './decimal';

describe('a number typed the Swedish way', () => {
  it('reads "8,5" as eight and a half hours, and "8.5" too', () => {
    expect(parseDecimal('8,5')).toEqual({ ok: true, value: 8.5, decimals: 1 });
    expect(parseDecimal(' 8.5 ')).toEqual({ ok: true, value: 8.5, decimals: 1 });
    expect(parseDecimal('7,25')).toEqual({ ok: true, value: 7.25, decimals: 2 });
    expect(parseDecimal('40')).toEqual({ ok: true, value: 40, decimals: 0 });
  });

  it('groups thousands by spaces, or by the sign that is not the decimal one', () => {
    expect(parseDecimal('1 299,5')).toEqual({ ok: true, value: 1299.5, decimals: 1 });
    expect(parseDecimal('1,299.50')).toEqual({ ok: true, value: 1299.5, decimals: 2 });
  });

  it('tells an empty field from one that is not a number', () => {
    expect(parseDecimal('')).toEqual({ ok: false, problem: 'missing' });
    expect(parseDecimal('8,')).toEqual({ ok: false, problem: 'format' });
    expect(parseDecimal('-1')).toEqual({ ok: false, problem: 'format' });
    expect(parseDecimal('8 timmar')).toEqual({ ok: false, problem: 'format' });
  });

  it('shows a number for editing in the language on screen: 8,5 in Swedish, 8.5 in English', () => {
    expect(decimalText(8.5, 'sv')).toBe('8,5');
    expect(decimalText(8.5, 'en')).toBe('8.5');
    expect(decimalText(1500, 'sv')).toBe('1500');
    expect(decimalText(Number.NaN, 'sv')).toBe('');
  });
});
