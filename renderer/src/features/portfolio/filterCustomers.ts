import type { CustomerRow } from '../../../../shared/schemas/customer';

const DIGITS_ONLY = /^[\d\s-]+$/;

/**
 * Name contains the query (any case), or the query is a number and the organisation number's
 * digits contain its digits: "556016" and "556016-0680" both find 556016-0680.
 */
export function filterCustomers(rows: readonly CustomerRow[], query: string): CustomerRow[] {
  const needle = query.trim().toLocaleLowerCase('sv-SE');
  if (needle === '') return [...rows];
  const digits = DIGITS_ONLY.test(needle) ? needle.replace(/\D/g, '') : '';
  return rows.filter(
    (row) =>
      row.name.toLocaleLowerCase('sv-SE').includes(needle) ||
      (digits !== '' && row.orgnr.replace(/\D/g, '').includes(digits)),
  );
}
