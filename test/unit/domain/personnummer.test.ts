import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../shared/domain/luhn';
import {
  formatPersonnummer,
  formatPersonnummerShort,
  maskPersonnummer,
  parsePersonnummer,
} from '../../../shared/domain/personnummer';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/identity/${name}`, import.meta.url), 'utf8');
const json = <T>(name: string): T => JSON.parse(fixture(name)) as T;
/** The 12-digit numbers of a Skatteverket CSV (header line skipped). */
const csvNumbers = (name: string): string[] =>
  fixture(name)
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== '');

interface MetaVector {
  integer: number;
  long_format: string;
  short_format: string;
  separated_format: string;
  separated_long: string;
  valid: boolean;
  type: 'ssn' | 'con' | 'interim';
}
type Structured = Record<
  'ssn' | 'con',
  Record<'integer' | 'string', { valid: (number | string)[]; invalid: (number | string)[] }>
>;
interface OrgVector {
  integer: number;
  short_format: string;
  separated_format: string;
}

/** Fixed "today" so the century of 10-digit forms never drifts with the calendar. */
const TODAY = new Date(2025, 5, 15);
const meta = json<MetaVector[]>('personnummer_meta_list.json');
const formatsOf = (v: MetaVector) =>
  [v.long_format, v.short_format, v.separated_format, v.separated_long] as const;

/** Why each invalid vector of the meta list is invalid: checksum failures must say so. */
const EXPECTED_CODES: Record<string, string> = {
  '201509160006': 'personnummer.format', // serial 000 is never issued
  '197004289895': 'personnummer.checksum',
  '194205669899': 'personnummer.checksum',
  '196004309886': 'personnummer.checksum',
  '197210869924': 'personnummer.checksum',
  '19090527 1474': 'personnummer.format', // a space is no separator
};

describe('a bureau types a personnummer in any of its written forms', () => {
  it.each(meta.filter((v) => v.valid))('accepts $separated_long in all four forms', (v) => {
    for (const written of formatsOf(v)) {
      const r = parsePersonnummer(written, TODAY);
      expect(r, written).toMatchObject({ ok: true, kind: v.type });
    }
  });

  it.each(meta.filter((v) => v.valid))('stores $separated_long as its 12 digits', (v) => {
    // The short form without a sign cannot tell 1909 from 2009; every other form can.
    for (const written of [v.long_format, v.separated_format, v.separated_long]) {
      expect(parsePersonnummer(written, TODAY)).toMatchObject({ digits: v.long_format });
    }
    expect(parsePersonnummer(String(v.integer), TODAY)).toMatchObject({ digits: v.long_format });
  });

  it.each(meta.filter((v) => !v.valid))('refuses $separated_long in every form', (v) => {
    for (const written of formatsOf(v)) {
      expect(parsePersonnummer(written, TODAY), written).toEqual({
        ok: false,
        code: EXPECTED_CODES[v.long_format],
      });
    }
  });

  it('knows why every invalid vector of the meta list is invalid', () => {
    const invalid = meta.filter((v) => !v.valid).map((v) => v.long_format);
    expect(invalid.sort()).toEqual(Object.keys(EXPECTED_CODES).sort());
  });
});

describe('interim numbers are not personnummer', () => {
  const interim = json<MetaVector[]>('personnummer_meta_interim.json');

  it.each(interim)('refuses $separated_format as a format error in every form', (v) => {
    for (const written of formatsOf(v)) {
      expect(parsePersonnummer(written, TODAY)).toEqual({ ok: false, code: 'personnummer.format' });
    }
  });
});

describe('the structured vectors of the personnummer project', () => {
  const structured = json<Structured>('personnummer_meta_structured.json');
  const cases = (['ssn', 'con'] as const).flatMap((kind) =>
    (['integer', 'string'] as const).flatMap((as) => [
      ...structured[kind][as].valid.map((n) => ({ kind, input: String(n), valid: true })),
      ...structured[kind][as].invalid.map((n) => ({ kind, input: String(n), valid: false })),
    ]),
  );

  it.each(cases)('$kind $input valid: $valid', ({ kind, input, valid }) => {
    const r = parsePersonnummer(input, TODAY);
    expect(r.ok).toBe(valid);
    if (r.ok) expect(r.kind).toBe(kind);
  });
});

describe('organisation numbers are refused as personnummer', () => {
  const orgs = json<OrgVector[]>('personnummer_meta_orgnumber.json');

  it.each(orgs)('refuses $separated_format, a month that does not exist', (v) => {
    for (const written of [String(v.integer), v.short_format, v.separated_format]) {
      expect(parsePersonnummer(written, TODAY)).toEqual({ ok: false, code: 'personnummer.date' });
    }
  });
});

describe("Skatteverket's published test personnummer", () => {
  const files = [
    ['skatteverket_testpersonnummer_sample.csv', 2964],
    ['skatteverket_Testpersonnummer_2023_v2.csv', 364],
  ] as const;

  it.each(files)('accepts every number in %s (%i numbers)', (file, count) => {
    const numbers = csvNumbers(file);
    expect(numbers).toHaveLength(count);
    for (const n of numbers) {
      const r = parsePersonnummer(n);
      expect(r, n).toEqual({ ok: true, digits: n, kind: 'ssn' });
      expect(parsePersonnummer(formatPersonnummer(n))).toEqual(r);
    }
  });

  it('gives them back in the 10-digit form with the right sign for the age', () => {
    for (const n of csvNumbers('skatteverket_testpersonnummer_sample.csv')) {
      const short = formatPersonnummerShort(n, TODAY);
      expect(parsePersonnummer(short, TODAY), short).toMatchObject({ ok: true, digits: n });
    }
  });
});

describe('writing conventions', () => {
  it('trims surrounding whitespace but not inner spaces', () => {
    expect(parsePersonnummer('  19811218-9876\t\n', TODAY)).toMatchObject({
      ok: true,
      digits: '198112189876',
    });
    expect(parsePersonnummer('811218 9876', TODAY)).toMatchObject({ code: 'personnummer.format' });
  });

  it('refuses other lengths, letters and odd separators as a format error', () => {
    for (const s of ['', '8112189876 1', '811218-987', '8112-18-9876', '811218/9876', 'abc']) {
      expect(parsePersonnummer(s, TODAY)).toEqual({ ok: false, code: 'personnummer.format' });
    }
  });

  it('prints YYYYMMDD-NNNN and masks the last four digits', () => {
    expect(formatPersonnummer('198112189876')).toBe('19811218-9876');
    expect(maskPersonnummer('198112189876')).toBe('19811218-****');
    expect(() => formatPersonnummer('8112189876')).toThrow(RangeError);
    expect(() => maskPersonnummer('19811218-9876')).toThrow(RangeError);
  });
});

describe('the century of a 10-digit number follows the age', () => {
  // 1212121212 is valid; born 12 December 1912 or 2012.
  it('takes a dash to mean at most 99 years old', () => {
    expect(parsePersonnummer('121212-1212', TODAY)).toMatchObject({ digits: '201212121212' });
  });

  it('takes a plus to mean 100 or older', () => {
    expect(parsePersonnummer('121212+1212', TODAY)).toMatchObject({ digits: '191212121212' });
  });

  it('counts to the birthday: 99 until the day, then written with a plus', () => {
    const before = new Date(2012, 11, 11);
    const on = new Date(2012, 11, 12);
    expect(parsePersonnummer('121212-1212', before)).toMatchObject({ digits: '191212121212' });
    expect(parsePersonnummer('121212-1212', on)).toMatchObject({ digits: '201212121212' });
    expect(formatPersonnummerShort('191212121212', before)).toBe('121212-1212');
    expect(formatPersonnummerShort('191212121212', on)).toBe('121212+1212');
  });

  it('checks leap days against the chosen century', () => {
    // 2000 is a leap year, 1900 is not.
    expect(parsePersonnummer('000229-2399', TODAY)).toMatchObject({ digits: '200002292399' });
    expect(parsePersonnummer('000229+2399', TODAY)).toEqual({
      ok: false,
      code: 'personnummer.date',
    });
  });
});

describe('dates that do not exist', () => {
  it.each(['19810001', '19811300', '19810230', '19810431', '19810100', '19810132', '19810192'])(
    'refuses %s as a date error before looking at the checksum',
    (date) => {
      const payload = date.slice(2) + '987';
      const valid = payload + luhnCheckDigit(payload);
      expect(parsePersonnummer(date.slice(0, 2) + valid, TODAY)).toEqual({
        ok: false,
        code: 'personnummer.date',
      });
    },
  );

  it('accepts a samordningsnummer (day + 60) as kind con, and 29 February + 60 in leap years', () => {
    expect(parsePersonnummer('19730288-9931', TODAY)).toMatchObject({ ok: true, kind: 'con' });
    const leap = '000289238';
    expect(parsePersonnummer('20' + leap + luhnCheckDigit(leap), TODAY)).toMatchObject({
      kind: 'con',
    });
    const notLeap = '010289238';
    expect(parsePersonnummer('20' + notLeap + luhnCheckDigit(notLeap), TODAY)).toMatchObject({
      code: 'personnummer.date',
    });
  });
});

/** A random person born 1900-2024, as the 10-digit payload without its check digit. */
const person = fc
  .record({
    date: fc.date({ min: new Date(1900, 0, 1), max: new Date(2024, 11, 31), noInvalidDate: true }),
    serial: fc.integer({ min: 1, max: 999 }),
    con: fc.boolean(),
  })
  .map(({ date, serial, con }) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = date.getDate() + (con ? 60 : 0);
    const payload =
      pad(date.getFullYear() % 100) +
      pad(date.getMonth() + 1) +
      pad(day) +
      pad(serial).padStart(3, '0');
    return { century: String(date.getFullYear()).slice(0, 2), payload };
  });

describe('properties', () => {
  it('any real date with its Luhn digit is accepted and round-trips through every form', () => {
    fc.assert(
      fc.property(person, ({ century, payload }) => {
        const digits = century + payload + luhnCheckDigit(payload);
        const r = parsePersonnummer(digits, TODAY);
        expect(r).toMatchObject({ ok: true, digits });
        expect(parsePersonnummer(formatPersonnummer(digits), TODAY)).toEqual(r);
        expect(parsePersonnummer(formatPersonnummerShort(digits, TODAY), TODAY)).toEqual(r);
      }),
    );
  });

  it('any real date with a wrong Luhn digit is refused as a checksum error', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 1, max: 9 }), ({ century, payload }, k) => {
        const wrong = (luhnCheckDigit(payload) + k) % 10;
        for (const s of [payload + wrong, century + payload + wrong]) {
          expect(parsePersonnummer(s, TODAY)).toEqual({ ok: false, code: 'personnummer.checksum' });
        }
      }),
    );
  });

  it('any 10-digit string with a wrong Luhn digit is refused', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.integer({ min: 1, max: 9 }), (payload, k) => {
        const s = payload + ((luhnCheckDigit(payload) + k) % 10);
        expect(parsePersonnummer(s, TODAY).ok).toBe(false);
      }),
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof parsePersonnummer(s, TODAY).ok).toBe('boolean');
      }),
    );
  });
});
