import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../shared/domain/luhn';
import {
  formatOrganisationsnummer,
  parseOrganisationsnummer,
} from '../../../shared/domain/organisationsnummer';

const fixture = <T>(name: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/identity/${name}`, import.meta.url), 'utf8'),
  ) as T;

interface OrgVector {
  input: string;
  long_format: string;
  short_format: string;
  valid: boolean;
  type: string;
  vat_number: string;
}

const TODAY = new Date(2025, 5, 15);
const vectors = fixture<OrgVector[]>('organisationsnummer_meta_list.json');

describe('a bureau registers a customer by its organisation number', () => {
  it.each(vectors.filter((v) => v.valid))(
    'accepts $input as $long_format, a $type with VAT number $vat_number',
    (v) => {
      expect(parseOrganisationsnummer(v.input, TODAY)).toEqual({
        ok: true,
        digits: v.short_format,
        formatted: v.long_format,
        type: v.type,
        vatNumber: v.vat_number,
      });
    },
  );

  it.each(vectors.filter((v) => v.valid))('accepts $long_format and $short_format too', (v) => {
    for (const written of [v.long_format, v.short_format]) {
      expect(parseOrganisationsnummer(written, TODAY)).toMatchObject({
        ok: true,
        digits: v.short_format,
        type: v.type,
      });
    }
  });

  it.each(vectors.filter((v) => !v.valid))('refuses $input in every form', (v) => {
    for (const written of [v.input, v.long_format, v.short_format]) {
      expect(parseOrganisationsnummer(written, TODAY)).toEqual({
        ok: false,
        code: 'orgnr.invalid',
      });
    }
  });

  it('accepts the AP funds, which are valid organisation numbers but no personnummer', () => {
    const funds = fixture<{ separated_format: string }[]>('personnummer_meta_orgnumber.json');
    for (const f of funds) {
      expect(parseOrganisationsnummer(f.separated_format, TODAY)).toMatchObject({
        ok: true,
        formatted: f.separated_format,
        type: 'Ideell förening, stiftelse',
      });
    }
  });
});

describe('rules of the organisation number', () => {
  it('names the legal form by the first digit', () => {
    const cases = {
      '2120000142': 'Stat, landsting, kommun', // Skatteverket
      '2021005489': 'Stat, landsting, kommun', // Stockholm municipality
      '7696250549': 'Ekonomisk förening',
      '9696001234': 'Handelsbolag, kommanditbolag',
    };
    for (const [input, type] of Object.entries(cases)) {
      const payload = input.slice(0, 9);
      const digits = payload + luhnCheckDigit(payload);
      expect(parseOrganisationsnummer(digits), digits).toMatchObject({ ok: true, type });
    }
  });

  it('refuses digits 3-4 below 20 unless the number is a personnummer', () => {
    const payload = '551316068'; // month 13: no date of birth either
    expect(parseOrganisationsnummer(payload + luhnCheckDigit(payload))).toEqual({
      ok: false,
      code: 'orgnr.invalid',
    });
  });

  it('allows only 16 as the prefix of the 12-digit form', () => {
    expect(parseOrganisationsnummer('165560160680').ok).toBe(true);
    expect(parseOrganisationsnummer('16556016-0680').ok).toBe(true);
    expect(parseOrganisationsnummer('175560160680').ok).toBe(false);
    expect(parseOrganisationsnummer('205560160680').ok).toBe(false);
  });

  it('trims surrounding whitespace and refuses other shapes', () => {
    expect(parseOrganisationsnummer(' 556016-0680 ').ok).toBe(true);
    for (const s of ['', '556016 0680', '55601-60680', '556016-068', 'SE556016068001', 'abc']) {
      expect(parseOrganisationsnummer(s).ok, s).toBe(false);
    }
  });

  it('accepts a sole trader by any written form of the personnummer', () => {
    for (const s of ['19811218-9876', '198112189876', '811218-9876', '8112189876']) {
      expect(parseOrganisationsnummer(s, TODAY)).toEqual({
        ok: true,
        digits: '8112189876',
        formatted: '811218-9876',
        type: 'Enskild firma',
        vatNumber: 'SE811218987601',
      });
    }
  });

  it('prints NNNNNN-NNNN', () => {
    expect(formatOrganisationsnummer('5560160680')).toBe('556016-0680');
    expect(() => formatOrganisationsnummer('556016-0680')).toThrow(RangeError);
  });
});

/** A legal person's payload: first digit 1-9, third 2-9, then any six digits. */
const legalPayload = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 2, max: 9 }),
    fc.stringMatching(/^\d{6}$/),
  )
  .map(([a, b, c, rest]) => `${a}${b}${c}${rest}`);

describe('properties', () => {
  it('any legal-person number with its Luhn digit round-trips through format and parse', () => {
    fc.assert(
      fc.property(legalPayload, (payload) => {
        const digits = payload + luhnCheckDigit(payload);
        const r = parseOrganisationsnummer(digits);
        expect(r).toMatchObject({ ok: true, digits, formatted: formatOrganisationsnummer(digits) });
        expect(parseOrganisationsnummer(formatOrganisationsnummer(digits))).toEqual(r);
        expect(parseOrganisationsnummer('16' + digits)).toEqual(r);
      }),
    );
  });

  it('any legal-person number with a wrong Luhn digit is refused', () => {
    fc.assert(
      fc.property(legalPayload, fc.integer({ min: 1, max: 9 }), (payload, k) => {
        const digits = payload + ((luhnCheckDigit(payload) + k) % 10);
        expect(parseOrganisationsnummer(digits)).toEqual({ ok: false, code: 'orgnr.invalid' });
      }),
    );
  });
});
