import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/open';
import type { OpenedCore } from '../../../electron/core/open';
import type { Result } from '../../../shared/errors';
import { BUREAU, invoke, openTestCore, snapshot, tempDir, value } from '../support';
import { PRICES_JAN } from './scenario';

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
const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

describe('price lists', () => {
  it('start with the shipped example list, marked as example prices', async () => {
    const lists = await value(core, 'prices:list', {});
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({
      effectiveFrom: '2025-01-01',
      example: true,
      actor: 'Kundstart (exempel)',
      licence: { listOre: 12900, resellerOre: 9900 },
    });
  });

  it('replace a version with the same effective date, and never lose the last one', async () => {
    const first = await value(core, 'prices:save', PRICES_JAN);
    const again = await value(core, 'prices:save', {
      ...PRICES_JAN,
      licence: { list: 130, reseller: 100 },
    });
    const lists = await value(core, 'prices:list', {});
    expect(lists.map((l) => l.effectiveFrom)).toEqual(['2030-01-01', '2025-01-01']);
    expect(lists[0]).toMatchObject({
      id: again.id,
      licence: { listOre: 13000, resellerOre: 10000 },
    });
    expect(code(await invoke(core, 'prices:delete', { id: first.id }))).toBe('prices.notFound');
    const example = lists[1]!;
    await value(core, 'prices:delete', { id: example.id });
    expect(code(await invoke(core, 'prices:delete', { id: again.id }))).toBe('prices.last');
  });

  it('refuse, writing nothing, a code twice or a price with three decimals', async () => {
    const before = await snapshot(core);
    const twice = { ...PRICES_JAN, addons: [PRICES_JAN.addons![0]!, PRICES_JAN.addons![0]!] };
    expect(code(await invoke(core, 'prices:save', twice))).toBe('prices.duplicateCode');
    const fraction = { ...PRICES_JAN, licence: { list: 129.005, reseller: 99 } };
    expect(code(await invoke(core, 'prices:save', fraction))).toBe('input.invalid');
    expect(await snapshot(core)).toEqual(before);
  });
});

describe('a database opened without the example price list', () => {
  it('still opens; a month then asks for a price list', async () => {
    const resourcesDir = `${dir.dir}/no-resources`;
    mkdirSync(resourcesDir);
    const bare = await openCore({
      dbFile: `${dir.dir}/bare.db`,
      mode: 'cli',
      version: '0.0.0-test',
      resourcesDir,
    });
    try {
      expect(await value(bare, 'prices:list', {})).toEqual([]);
      const month = await invoke(bare, 'invoices:summary', { month: '2026-11' });
      expect(code(month)).toBe('prices.none');
    } finally {
      await bare.close();
    }
  });
});
