import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gs1CheckDigit,
  isValidEmail,
  isValidGln,
  isValidPeppolId,
  isValidPhone,
} from '../../../shared/domain/contact';

describe("a contact's e-mail address", () => {
  it.each(['anna.andersson@example.se', 'faktura+kund@bolag.example', 'a@b.co', 'Ö@åäö.example'])(
    'accepts %s',
    (s) => expect(isValidEmail(s)).toBe(true),
  );

  it.each([
    '',
    'anna',
    'anna@',
    '@example.se',
    'anna@example',
    'anna@@example.se',
    'an na@example.se',
    'anna@example.se ',
    'anna@.example.se',
    'anna@example..se',
    'anna@example.se.',
    `${'a'.repeat(250)}@x.se`,
  ])('refuses %j', (s) => expect(isValidEmail(s)).toBe(false));
});

describe('a phone number', () => {
  it.each(['08-123 456 78', '+46 70 123 45 67', '(08) 12 34 56', '0701234567', '123456'])(
    'accepts %s',
    (s) => expect(isValidPhone(s)).toBe(true),
  );

  it.each(['', '12345', '070-123 abc', '46+70123456', '070/1234567', '1'.repeat(21)])(
    'refuses %j',
    (s) => expect(isValidPhone(s)).toBe(false),
  );
});

describe('an e-invoice address', () => {
  it('accepts a Peppol id: four-digit scheme, colon, identifier', () => {
    expect(isValidPeppolId('0007:5560160680')).toBe(true);
    expect(isValidPeppolId('0088:7350000000009')).toBe(true);
    expect(isValidPeppolId('9955:SE556016068001')).toBe(true);
  });

  it('refuses a Peppol id without scheme, with spaces or empty', () => {
    for (const s of ['', '5560160680', '007:5560160680', '0007:', '0007: 5560160680', 'abcd:1']) {
      expect(isValidPeppolId(s), s).toBe(false);
    }
  });

  it('accepts a GLN with its GS1 check digit', () => {
    expect(isValidGln('7350000000009')).toBe(true); // 7*1 + 3*3 + 5*1 = 21 -> 9
    expect(isValidGln('4006381333931')).toBe(true); // GS1's own example
  });

  it('refuses a GLN with a wrong check digit or length', () => {
    for (const s of ['7350000000005', '735000000000', '73500000000050', '735000000000a']) {
      expect(isValidGln(s), s).toBe(false);
    }
  });

  it('accepts any 12 digits with their check digit and refuses every other last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.integer({ min: 1, max: 9 }), (p, k) => {
        const c = gs1CheckDigit(p);
        expect(isValidGln(p + c)).toBe(true);
        expect(isValidGln(p + ((c + k) % 10))).toBe(false);
      }),
    );
  });
});
