import { describe, expect, it } from 'vitest';
import { issuesInFile, jsonPath, readPriceListFile } from './importFile';

const valid = {
  effectiveFrom: '2030-01-01',
  currency: 'SEK',
  licence: { list: 129.0, reseller: 99.0 },
  addons: [{ code: 'kvitto', name: 'Kvittotolkning', unit: 'customer', list: 49, reseller: 39 }],
};

describe('a price-list file read before it is sent', () => {
  it('passes the documented format on as it is, with or without a byte-order mark', () => {
    const read = readPriceListFile(`\uFEFF${JSON.stringify(valid)}`);
    expect(read).toEqual({ ok: true, input: valid });
  });

  it('says when the file is not JSON at all', () => {
    expect(readPriceListFile('effectiveFrom;list\n2030-01-01;129')).toEqual({
      ok: false,
      problems: [{ path: [], kind: 'json' }],
    });
  });

  it('names each wrong value by its place, and the add-on by its code', () => {
    const read = readPriceListFile(
      JSON.stringify({
        ...valid,
        effectiveFrom: '2030-02-30',
        licence: { list: 129.005 },
        addons: [{ ...valid.addons[0], unit: 'month', list: -1 }],
        price: 1,
      }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      { path: ['effectiveFrom'], kind: 'date' },
      { path: ['licence', 'list'], kind: 'decimals' },
      { path: ['licence', 'reseller'], kind: 'missing' },
      { path: ['addons', 0, 'unit'], kind: 'unit', addonCode: 'kvitto' },
      { path: ['addons', 0, 'list'], kind: 'negative', addonCode: 'kvitto' },
      { path: [], kind: 'unknownKey', keys: ['price'] },
    ]);
  });

  it('prints a place the way an editor names it', () => {
    expect(jsonPath(['addons', 1, 'list'])).toBe('addons[1].list');
    expect(jsonPath(['licence', 'reseller'])).toBe('licence.reseller');
  });
});

describe('what prices:save says of a file, placed in the file', () => {
  it('puts a refusal and a warning on the add-on row they name, with its code', () => {
    const input = readPriceListFile(JSON.stringify(valid));
    if (!input.ok) throw new Error('the valid file did not read');
    expect(
      issuesInFile(
        [
          { field: 'addons[0].reseller', code: 'prices.marginNegative', severity: 'error' },
          { field: 'effectiveFrom', code: 'date.farAway', severity: 'warning' },
        ],
        input.input,
      ),
    ).toEqual([
      { path: ['addons', 0, 'reseller'], kind: 'marginNegative', addonCode: 'kvitto' },
      { path: ['effectiveFrom'], kind: 'farAway' },
    ]);
  });
});
