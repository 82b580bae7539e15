import { describe, expect, it } from 'vitest';
import type { CustomerInvoice } from '../../../../shared/schemas/invoices';
import { filterCustomers } from '../portfolio/filterCustomers';
import { pageRows, sortCustomers } from './invoiceRows';

function customer(name: string, orgnr: string, subtotalOre: number): CustomerInvoice {
  return {
    id: orgnr,
    name,
    orgnr,
    licences: subtotalOre / 9900,
    lines: [],
    subtotalOre,
    listSubtotalOre: 0,
    marginOre: 0,
    changes: [],
  };
}

const akesson = customer('Åkesson Bygg AB', '559244-0001', 29700);
const berg = customer('Berg Konsult AB', '559900-0014', 19800);
const ceder = customer('Cederholm Måleri AB', '559900-0022', 9900);
const all = [berg, ceder, akesson];

describe('the invoice grid', () => {
  it('finds a customer by part of its name, or by its org.nr with or without the hyphen', () => {
    expect(filterCustomers(all, 'konsult')).toEqual([berg]);
    expect(filterCustomers(all, '5592440001')).toEqual([akesson]);
    expect(filterCustomers(all, '9900-00')).toEqual([berg, ceder]);
    expect(filterCustomers(all, '  ')).toEqual(all);
    // Words with a digit in them search names only, not every org.nr holding that digit.
    expect(filterCustomers(all, 'bygg 2')).toEqual([]);
  });

  it('sorts names in Swedish order and amounts as numbers', () => {
    expect(sortCustomers(all, { field: 'name', direction: 'asc' })).toEqual([berg, ceder, akesson]);
    expect(sortCustomers(all, { field: 'subtotalOre', direction: 'desc' })).toEqual([
      akesson,
      berg,
      ceder,
    ]);
  });

  it('puts an expanded customer’s lines right below it, and pages by customers', () => {
    const rows = pageRows(all, 0, 2, new Set([berg.id, akesson.id]));
    expect(rows.map((r) => [r.kind, r.name])).toEqual([
      ['customer', 'Berg Konsult AB'],
      ['detail', 'Berg Konsult AB'],
      ['customer', 'Cederholm Måleri AB'],
    ]);
    expect(rows[1]?.id).toBe('559900-0014~lines');
    expect(pageRows(all, 1, 2, new Set([akesson.id])).map((r) => r.kind)).toEqual([
      'customer',
      'detail',
    ]);
  });
});
