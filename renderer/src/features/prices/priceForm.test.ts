import { describe, expect, it } from 'vitest';
import type { PriceList } from '../../../../shared/schemas/invoices';
import {
  addonField,
  formFromVersion,
  formProblems,
  formRules,
  newAddonRow,
  toPriceListInput,
  type PriceForm,
} from './priceForm';

const example: PriceList = {
  id: 'p1',
  effectiveFrom: '2025-01-01',
  currency: 'SEK',
  licence: { listOre: 12900, resellerOre: 9900 },
  addons: [
    { code: 'kvitto', name: 'Kvittotolkning', unit: 'customer', listOre: 4900, resellerOre: 3900 },
  ],
  example: true,
  note: 'EXEMPELPRISER',
  createdAt: '2026-01-01T00:00:00.000Z',
  actor: '',
  locked: false,
};

const form = (over: Partial<PriceForm> = {}): PriceForm => ({
  ...formFromVersion(example, '2030-01-01'),
  ...over,
});

describe('the new price version form', () => {
  it('starts from the newest version, with its prices written the Swedish way', () => {
    const values = formFromVersion(example, '2030-01-01');
    expect(values.licenceList).toBe('129,00');
    expect(values.addons[0]).toMatchObject({ code: 'kvitto', list: '49,00', reseller: '39,00' });
    expect(formProblems(values)).toEqual({});
  });

  it('sends kronor in the price-list file format, never the example flag or its note', () => {
    const input = toPriceListInput(form({ licenceList: '135,00', licenceReseller: '102,50' }));
    expect(input).toMatchObject({
      effectiveFrom: '2030-01-01',
      currency: 'SEK',
      licence: { list: 135 },
      addons: [
        { code: 'kvitto', name: 'Kvittotolkning', unit: 'customer', list: 49, reseller: 39 },
      ],
    });
    expect(input).not.toHaveProperty('example');
    expect(input).not.toHaveProperty('note');
  });

  it('points at a bad date, a third decimal and an empty price', () => {
    expect(
      formProblems(
        form({ effectiveFrom: '2030-02-30', licenceList: '1,005', licenceReseller: '' }),
      ),
    ).toEqual({ effectiveFrom: 'date', licenceList: 'decimals', licenceReseller: 'missing' });
  });

  it('marks both rows of a code that appears twice, whatever the case', () => {
    const a = newAddonRow({ code: 'kvitto', name: 'A', list: '1', reseller: '1' });
    const b = newAddonRow({ code: 'KVITTO', name: 'B', list: '1', reseller: '1' });
    const problems = formProblems(form({ addons: [a, b] }));
    expect(problems[addonField(a, 'code')]).toBe('codeDuplicate');
    expect(problems[addonField(b, 'code')]).toBe('codeDuplicate');
  });

  it('wants a code of letters and digits and a name on a new row', () => {
    const row = newAddonRow({ code: 'två ord', list: '10', reseller: '8' });
    expect(formProblems(form({ addons: [row] }))).toEqual({
      [addonField(row, 'code')]: 'code',
      [addonField(row, 'name')]: 'nameMissing',
    });
  });

  it('refuses a reseller price above the list price, by the shared rule, on its own field', () => {
    const row = newAddonRow({ code: 'kvitto', name: 'K', list: '49,00', reseller: '49,01' });
    const rules = formRules(
      form({ licenceList: '99,00', licenceReseller: '129,00', addons: [row] }),
      [example],
      '2029-12-01',
    );
    expect(rules.problems).toEqual({
      licenceReseller: 'marginNegative',
      [addonField(row, 'reseller')]: 'marginNegative',
    });
  });

  it('refuses a date before 2000 or after 2100, once the date is a date', () => {
    const today = '2029-12-01';
    expect(formRules(form({ effectiveFrom: '0000-01-01' }), [example], today).problems).toEqual({
      effectiveFrom: 'dateOutOfRange',
    });
    expect(formRules(form({ effectiveFrom: '20' }), [example], today).problems).toEqual({});
  });

  it('warns, without refusing, on no margin, a big change and a far date', () => {
    const rules = formRules(
      form({ effectiveFrom: '2032-01-01', licenceList: '300,00', licenceReseller: '300,00' }),
      [example],
      '2029-12-01',
    );
    expect(rules.problems).toEqual({});
    expect(rules.warnings).toEqual({
      effectiveFrom: 'farAway',
      licenceList: 'bigChange',
      licenceReseller: 'marginZero',
    });
  });
});
