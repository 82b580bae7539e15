import { describe, expect, it } from 'vitest';
import type { CustomerRow } from '../../../../shared/schemas/customer';
import { NOT_CONNECTED } from '../../../../shared/schemas/blikk';
import { filterCustomers } from './filterCustomers';

const row = (name: string, orgnr: string): CustomerRow => ({
  id: orgnr,
  name,
  orgnr,
  version: 'easy',
  licences: 1,
  payer: 'customer',
  method: 'email',
  onboarding: { next: 2, blockers: [] },
  blikk: NOT_CONNECTED,
  updatedAt: '2030-01-01T00:00:00.000Z',
});

const rows = [row('Volvo Personvagnar AB', '556074-3089'), row('Åkeri 2 AB', '556016-0680')];

describe('the portfolio search', () => {
  it('finds a customer by the start of its organisation number, with or without the dash', () => {
    expect(filterCustomers(rows, '556016').map((r) => r.name)).toEqual(['Åkeri 2 AB']);
    expect(filterCustomers(rows, '556016-0680').map((r) => r.name)).toEqual(['Åkeri 2 AB']);
    expect(filterCustomers(rows, '5560160680').map((r) => r.name)).toEqual(['Åkeri 2 AB']);
  });

  it('finds a name typed without its diacritics: bjorkhagen finds Björkhagen, akeri finds Åkeri', () => {
    const all = [...rows, row('Björkhagens Måleri AB', '559244-0001')];
    expect(filterCustomers(all, 'bjorkhagen').map((r) => r.name)).toEqual([
      'Björkhagens Måleri AB',
    ]);
    expect(filterCustomers(all, 'akeri').map((r) => r.name)).toEqual(['Åkeri 2 AB']);
    expect(filterCustomers(all, 'MALERI').map((r) => r.name)).toEqual(['Björkhagens Måleri AB']);
  });

  it('finds a customer by any part of its name, in any case', () => {
    expect(filterCustomers(rows, 'åkeri').map((r) => r.name)).toEqual(['Åkeri 2 AB']);
    expect(filterCustomers(rows, 'PERSON').map((r) => r.name)).toEqual(['Volvo Personvagnar AB']);
  });

  it('does not match a digit in a name against every organisation number', () => {
    expect(filterCustomers(rows, 'Åkeri 2').map((r) => r.name)).toEqual(['Åkeri 2 AB']);
  });

  it('shows everyone for an empty search', () => {
    expect(filterCustomers(rows, '  ')).toHaveLength(2);
  });
});
