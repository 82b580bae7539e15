import { describe, expect, it } from 'vitest';
import { barCounts } from './overviewBars';

describe('the overview chart', () => {
  it('has a bar for every step and for the done customers, in order', () => {
    expect(
      barCounts({
        byStep: [
          { step: null, customers: 4 },
          { step: 2, customers: 10 },
          { step: 3, customers: 1 },
        ],
        total: 15,
      }),
    ).toEqual([0, 10, 1, 0, 0, 4]);
  });
});
