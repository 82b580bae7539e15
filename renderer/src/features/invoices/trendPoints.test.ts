import { describe, expect, it } from 'vitest';
import type { TrendPoint } from '../../../../shared/schemas/invoices';
import { fromFirstData } from './trendPoints';

const point = (month: string, customers: number, closed = false): TrendPoint => ({
  month,
  priced: true,
  customers,
  licences: customers * 2,
  totalExclVatOre: customers * 9900,
  listTotalExclVatOre: customers * 12900,
  marginOre: customers * 3000,
  closed,
});

describe('the months of the trend', () => {
  it('start with the first month that has a customer, not with "0 kr, Öppen" before any', () => {
    const points = [
      point('2026-01', 0),
      point('2026-02', 0),
      point('2026-03', 1),
      point('2026-04', 0),
    ];
    expect(fromFirstData(points).map((p) => p.month)).toEqual(['2026-03', '2026-04']);
  });

  it('keep a closed month even when it was empty', () => {
    const points = [point('2026-01', 0), point('2026-02', 0, true), point('2026-03', 1)];
    expect(fromFirstData(points).map((p) => p.month)).toEqual(['2026-02', '2026-03']);
  });

  it('keep the shown month when there is no data at all', () => {
    expect(fromFirstData([point('2026-01', 0), point('2026-02', 0)]).map((p) => p.month)).toEqual([
      '2026-02',
    ]);
  });
});
