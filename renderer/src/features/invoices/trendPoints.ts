import type { TrendPoint } from '../../../../shared/schemas/invoices';

const hasData = (p: TrendPoint) => p.customers > 0 || p.licences > 0 || p.closed;

/**
 * The trend from the first month with anything on it: months before the bureau's first customer
 * are not "0 kr, Öppen". With nothing at all, the shown (last) month alone.
 */
export function fromFirstData(points: readonly TrendPoint[]): TrendPoint[] {
  const first = points.findIndex(hasData);
  return first < 0 ? points.slice(-1) : points.slice(first);
}
