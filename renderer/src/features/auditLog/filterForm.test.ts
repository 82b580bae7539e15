import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, dayError, dayOf, toFilter } from './filterForm';

describe('the audit filters as typed become the contract filter', () => {
  it('reads a Swedish day with or without dashes, and marks one that does not exist', () => {
    expect(dayOf('2026-12-07')).toBe('2026-12-07');
    expect(dayOf(' 20261207 ')).toBe('2026-12-07');
    expect(dayOf('2026-02-30')).toBeNull();
    expect(dayError('2026-02-30')).toBe(true);
    expect(dayError('')).toBe(false);
  });

  it('leaves out what is empty or half-typed, names the kind, and swaps a range typed backwards', () => {
    expect(toFilter(EMPTY_FORM)).toEqual({});
    expect(
      toFilter({ ...EMPTY_FORM, kind: 'settings.*:update', from: '2026-05-09', to: '2026-05-01' }),
    ).toEqual({ entity: 'settings.*', action: 'update', from: '2026-05-01', to: '2026-05-09' });
    expect(toFilter({ ...EMPTY_FORM, from: '2026-05', text: '  Ask ' })).toEqual({ text: 'Ask' });
  });
});

describe('the user filter', () => {
  it('asks for one user of the chosen customer, and for none without a customer', () => {
    expect(toFilter({ ...EMPTY_FORM, customerId: 'c1', userId: 'u1' })).toEqual({
      customerId: 'c1',
      userId: 'u1',
    });
    expect(toFilter({ ...EMPTY_FORM, userId: 'u1' })).toEqual({});
  });
});
