import { describe, expect, it } from 'vitest';
import { kronorText, parseKronor, parseOre } from './kronorInput';

describe('a price typed the Swedish way', () => {
  it('reads a comma as the decimal sign and spaces as thousands', () => {
    expect(parseKronor('129,50')).toEqual({ ok: true, kronor: 129.5 });
    expect(parseKronor('1 299,00')).toEqual({ ok: true, kronor: 1299 });
    expect(parseKronor('1\u00a0299,00')).toEqual({ ok: true, kronor: 1299 });
    expect(parseKronor(' 99 kr ')).toEqual({ ok: true, kronor: 99 });
    expect(parseKronor('49:-')).toEqual({ ok: true, kronor: 49 });
  });

  it('also takes a point, and the English "1,299.00" with both signs', () => {
    expect(parseKronor('19.5')).toEqual({ ok: true, kronor: 19.5 });
    expect(parseKronor('1,299.00')).toEqual({ ok: true, kronor: 1299 });
    expect(parseKronor('1.299,50')).toEqual({ ok: true, kronor: 1299.5 });
  });

  it('refuses a third decimal, as the price list does', () => {
    expect(parseKronor('129,505')).toEqual({ ok: false, problem: 'decimals' });
  });

  it('tells an empty field from one that is not a number', () => {
    expect(parseKronor('  ')).toEqual({ ok: false, problem: 'missing' });
    expect(parseKronor('abc')).toEqual({ ok: false, problem: 'format' });
    expect(parseKronor('-5')).toEqual({ ok: false, problem: 'format' });
    expect(parseKronor('1,2,3')).toEqual({ ok: false, problem: 'format' });
    expect(parseKronor('129,')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses more than a million kronor a month', () => {
    expect(parseKronor('1 000 000,01')).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('gives exact öre, and prints öre back as the form shows them', () => {
    expect(parseOre('99,90')).toBe(9990);
    expect(parseOre('x')).toBeNull();
    expect(kronorText(129900).replace(/\s/g, ' ')).toBe('1 299,00');
  });

  it('prefills English without a thousands comma, so deleting the decimals keeps the kronor', () => {
    expect(kronorText(129900, 'en')).toBe('1299.00');
    expect(parseOre(kronorText(129950, 'en'))).toBe(129950);
    expect(parseOre(kronorText(129900, 'en').replace('.00', ''))).toBe(129900);
    expect(parseOre(kronorText(129900, 'sv').replace(',00', ''))).toBe(129900);
  });
});
