import { NOT_CONNECTED, type BlikkSyncStatus } from '../../../../shared/schemas/blikk';
import { useQuery } from '../../api/hooks';

/**
 * One customer's sync status, as the portfolio has it (the last failure is only kept there):
 * the list searched by the customer's organisation number, which matches this customer alone.
 */
export function useSyncStatus(customerId: string, orgnr: string): BlikkSyncStatus | undefined {
  const rows = useQuery(
    'customers:list',
    { search: orgnr },
    // Until the customer is loaded there is no number, and an empty search would list everyone.
    { refreshOn: ['blikk:changed', 'customers:changed'], enabled: orgnr !== '' },
  );
  if (!rows.data) return undefined;
  return rows.data.find((row) => row.id === customerId)?.blikk ?? NOT_CONNECTED;
}
