import { useMemo } from 'react';
import { useQuery } from '../../api/hooks';

/** Who is on samlingsfaktura today, kept fresh as the bureau or a customer's invoicing changes. */
export function useCollectiveCustomers() {
  const query = useQuery(
    'bureau:collectiveCustomers',
    {},
    { refreshOn: ['bureau:changed', 'customers:changed'] },
  );
  const data = query.data;
  /** The customers to move: on samlingsfaktura while the bureau has no reseller agreement. */
  // One Set per answer: the portfolio's columns are memoised on it.
  const flagged = useMemo(
    () => new Set(data?.agreementMissing ? data.customers.map((c) => c.id) : []),
    [data],
  );
  return { ...query, flagged };
}
