import { searchKey } from '../../../../shared/domain/text';

const DIGITS_ONLY = /^[\d\s-]+$/;

/**
 * Name contains the query (any case, with or without diacritics: "bjorkhagen" finds
 * Björkhagen), or the query is a number and the organisation number's
 * digits contain its digits: "556016" and "556016-0680" both find 556016-0680. The portfolio,
 * the copy-settings picker and the invoice grid all search this way.
 */
export function filterCustomers<T extends { name: string; orgnr: string }>(
  rows: readonly T[],
  query: string,
): T[] {
  const needle = searchKey(query.trim());
  if (needle === '') return [...rows];
  const digits = DIGITS_ONLY.test(needle) ? needle.replace(/\D/g, '') : '';
  return rows.filter(
    (row) =>
      searchKey(row.name).includes(needle) ||
      (digits !== '' && row.orgnr.replace(/\D/g, '').includes(digits)),
  );
}
