import type { CustomerInvoice } from '../../../../shared/schemas/invoices';

/** A customer's row, or the row below it that holds its lines once expanded. */
export type InvoiceGridRow = CustomerInvoice & {
  kind: 'customer' | 'detail';
  customerId: string;
  expanded: boolean;
};

export const SORT_FIELDS = [
  'name',
  'orgnr',
  'licences',
  'subtotalOre',
  'listSubtotalOre',
  'marginOre',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface InvoiceSort {
  field: SortField;
  direction: 'asc' | 'desc';
}

const swedish = new Intl.Collator('sv');
/** Sorted by the grid's chosen column; the services' own order (by name) when none is chosen. */
export function sortCustomers(
  customers: CustomerInvoice[],
  sort: InvoiceSort | null,
): CustomerInvoice[] {
  if (!sort) return customers;
  const { field, direction } = sort;
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: CustomerInvoice, b: CustomerInvoice) => {
    const x = a[field];
    const y = b[field];
    return typeof x === 'number' && typeof y === 'number'
      ? x - y
      : swedish.compare(String(x), String(y));
  };
  return [...customers].sort((a, b) => sign * compare(a, b) || swedish.compare(a.name, b.name));
}

export const detailId = (customerId: string) => `${customerId}~lines`;

/**
 * One page of customers, each expanded one followed by its detail row. The grid pages and sorts
 * customers here, not rows, so that a customer's lines never land on another page or sort away.
 */
export function pageRows(
  customers: CustomerInvoice[],
  page: number,
  pageSize: number,
  expanded: ReadonlySet<string>,
): InvoiceGridRow[] {
  const rows: InvoiceGridRow[] = [];
  for (const customer of customers.slice(page * pageSize, (page + 1) * pageSize)) {
    const open = expanded.has(customer.id);
    rows.push({ ...customer, kind: 'customer', customerId: customer.id, expanded: open });
    if (open) {
      const id = detailId(customer.id);
      rows.push({ ...customer, kind: 'detail', customerId: customer.id, expanded: true, id });
    }
  }
  return rows;
}
