import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import type { PriceListInput } from '../../shared/schemas/invoices';
import { BUREAU, invoke, openTestCore, snapshot, tempDir, value } from './support';

// The test clock says 2026-11-28; the example price list (2025-01-01) is installed at start.
let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

const version = (overrides: Partial<PriceListInput> = {}): PriceListInput => ({
  effectiveFrom: '2027-01-01',
  currency: 'SEK',
  licence: { list: 129, reseller: 99 },
  addons: [
    { code: 'kvitto', name: 'Kvittotolkning', unit: 'customer', list: 49, reseller: 39 },
    { code: 'projekt', name: 'Projektuppföljning', unit: 'user', list: 19, reseller: 15 },
  ],
  ...overrides,
});

async function refused(input: PriceListInput) {
  const before = await snapshot(core);
  const result = await invoke(core, 'prices:save', input);
  expect(await snapshot(core)).toEqual(before);
  if (result.ok) throw new Error('prices:save accepted what it should refuse');
  return result.error;
}

describe('a price version that cannot be is refused, by field', () => {
  it('refuses a licence reseller price above the list price: prices.marginNegative', async () => {
    const error = await refused(version({ licence: { list: 99, reseller: 129 } }));
    expect(error).toMatchObject({
      code: 'prices.marginNegative',
      details: { issues: [{ field: 'licence.reseller', code: 'prices.marginNegative' }] },
    });
  });

  it('names the add-on row whose reseller price is above its list price', async () => {
    const addons = version().addons!.map((a, i) => (i === 1 ? { ...a, reseller: 19.01 } : a));
    const error = await refused(version({ addons }));
    expect(error).toMatchObject({
      code: 'prices.marginNegative',
      details: { issues: [{ field: 'addons[1].reseller', severity: 'error' }] },
    });
  });

  it.each(['0000-01-01', '1999-12-01', '2101-01-01'])(
    'refuses effectiveFrom %s: date.outOfRange',
    async (effectiveFrom) => {
      const error = await refused(version({ effectiveFrom }));
      expect(error).toMatchObject({
        code: 'date.outOfRange',
        details: { issues: [{ field: 'effectiveFrom', code: 'date.outOfRange' }] },
      });
    },
  );
});

describe('a price version that is merely unusual is saved, with warnings', () => {
  it('saves a plain new version without a word', async () => {
    expect((await value(core, 'prices:save', version())).warnings).toEqual([]);
  });

  it('warns when the reseller price equals the list price (no margin)', async () => {
    const saved = await value(
      core,
      'prices:save',
      version({ licence: { list: 99, reseller: 99 } }),
    );
    expect(saved.warnings).toEqual([
      { field: 'licence.reseller', code: 'prices.marginZero', severity: 'warning' },
    ]);
    expect(saved.licence).toEqual({ listOre: 9900, resellerOre: 9900 });
  });

  it('warns when a price moves more than 50 % from the version before', async () => {
    // The example list prices kvitto at 49/39; a typo of 490 is the case this catches.
    const addons = version().addons!.map((a, i) => (i === 0 ? { ...a, list: 490 } : a));
    const saved = await value(core, 'prices:save', version({ addons }));
    expect(saved.warnings).toEqual([
      { field: 'addons[0].list', code: 'prices.bigChange', severity: 'warning' },
    ]);
  });

  it('warns when the version starts more than a year from today', async () => {
    const saved = await value(core, 'prices:save', version({ effectiveFrom: '2031-01-01' }));
    expect(saved.warnings).toEqual([
      { field: 'effectiveFrom', code: 'date.farAway', severity: 'warning' },
    ]);
  });
});
