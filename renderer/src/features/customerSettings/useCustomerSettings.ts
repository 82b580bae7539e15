import { useEvent, useQuery } from '../../api/hooks';

/**
 * The customer's settings and profiles, fetched again when they change for this customer, or
 * when its users do (each profile counts the users linked to it). Every change made on the page
 * (a save, a review, a copy, a profile saved or removed) is announced by the services with
 * settings:changed, so the page need not reload after its own actions.
 */
export function useCustomerSettings(customerId: string) {
  const query = useQuery('settings:get', { customerId });
  const { reload } = query;
  useEvent('settings:changed', (payload) => {
    if (payload.customerId === customerId) reload();
  });
  useEvent('users:changed', (payload) => {
    if (payload.customerId === customerId) reload();
  });
  return query;
}
