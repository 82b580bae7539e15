import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ComparisonReason } from '../../../../shared/schemas/invoices';
import { formatDate, formatNumber } from '../../i18n/format';
import { invoicesSv } from '../../i18n/invoices.sv';
import { sv } from '../../i18n/sv';
import { changeChip, changeSentence, type Words } from './changeText';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'sv',
  resources: { sv: { translation: { ...sv, invoices: invoicesSv } } },
  interpolation: { escapeValue: false },
  initAsync: false,
});
const words: Words = {
  t: i18n.t,
  date: (iso) => formatDate(iso, 'sv'),
  number: (n) => formatNumber(n, 'sv'),
  addonName: (code) => (code === 'kvitto' ? 'Kvittotolkning' : code),
};
const chip = (change: ComparisonReason) => changeChip(words, change);
const sentence = (change: ComparisonReason) => changeSentence(words, change);

describe('a month’s changes in words', () => {
  it('are short chips in the customer’s row', () => {
    expect(chip({ kind: 'joined', date: '2030-03-10' })).toBe('Ny kund');
    expect(chip({ kind: 'licences', date: '2030-03-15', from: 12, to: 15 })).toBe('+3 licenser');
    expect(chip({ kind: 'licences', date: '2030-03-15', from: 3, to: 2 })).toBe('−1 licens');
    expect(chip({ kind: 'addonStarted', date: '2030-03-01', code: 'kvitto' })).toBe(
      '+ Kvittotolkning',
    );
    expect(
      chip({
        kind: 'invoicing',
        date: '2030-03-15',
        from: { payer: 'customer', method: 'email' },
        to: { payer: 'bureau', method: 'collective' },
      }),
    ).toBe('Bytt till samlingsfaktura');
  });

  it('are whole sentences with dates where the lines are shown', () => {
    expect(sentence({ kind: 'licences', date: '2030-02-15', from: 12, to: 15 })).toBe(
      'Licenser 12 → 15 från 15 feb. 2030',
    );
    expect(sentence({ kind: 'addonEnded', date: '2030-03-05', code: 'kvitto' })).toBe(
      'Kvittotolkning avslutad 5 mars 2030',
    );
    expect(
      sentence({
        kind: 'invoicing',
        date: '2030-03-15',
        from: { payer: 'customer', method: 'email' },
        to: { payer: 'bureau', method: 'collective' },
      }),
    ).toBe('Fakturering ändrad 15 mars 2030: Kunden – e-post (PDF) → Byrån – samlingsfaktura');
    expect(sentence({ kind: 'prices', from: '2030-01-01', to: '2030-03-01' })).toBe(
      'Ny prislista från 1 mars 2030 (tidigare från 1 jan. 2030)',
    );
  });
});
