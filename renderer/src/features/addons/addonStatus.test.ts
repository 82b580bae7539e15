import { describe, expect, it } from 'vitest';
import { addonStatus, sortAddons } from './addonStatus';

const addon = (activeFrom: string, activeTo: string | null) => ({ activeFrom, activeTo });

describe("a customer's add-on service", () => {
  it('is upcoming before its start, active through its last day, ended after it', () => {
    expect(addonStatus(addon('2030-04-01', null), '2030-03-31')).toBe('upcoming');
    expect(addonStatus(addon('2030-04-01', null), '2030-04-01')).toBe('active');
    expect(addonStatus(addon('2030-01-01', '2030-03-31'), '2030-03-31')).toBe('active');
    expect(addonStatus(addon('2030-01-01', '2030-03-31'), '2030-04-01')).toBe('ended');
  });

  it('lists what runs first and what has ended last', () => {
    const sorted = sortAddons(
      [
        addon('2029-01-01', '2029-06-30'),
        addon('2030-05-01', null),
        addon('2029-01-01', '2029-12-31'),
        addon('2030-01-01', null),
      ],
      '2030-03-01',
    );
    expect(sorted.map((a) => `${a.activeFrom}/${a.activeTo}`)).toEqual([
      '2030-01-01/null',
      '2030-05-01/null',
      '2029-01-01/2029-12-31',
      '2029-01-01/2029-06-30',
    ]);
  });
});
