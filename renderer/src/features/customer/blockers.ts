import { isPart, partPath } from '../customerSettings/parts';

/** The users page (step 3), optionally showing the incomplete users only. */
export function usersPath(customerId: string, incompleteOnly = false): string {
  return `/customers/${customerId}/users${incompleteOnly ? '?incomplete=1' : ''}`;
}

/** The anchor of the customer page's card that informs the primary contact (step 4). */
export const CONTACT_MESSAGING_ANCHOR = 'contact-messaging';

/**
 * Where a blocker of the onboarding checklist is fixed, or null when Kundstart has no screen
 * for it.
 */
export function blockerLink(customerId: string, code: string): string | null {
  const section = /^settings\.(\w+)\.notReviewed$/.exec(code)?.[1];
  if (section && isPart(section)) return partPath(customerId, section);
  if (code === 'profiles.notReviewed') return partPath(customerId, 'profiles');
  if (code === 'settings.notReviewed') return partPath(customerId);
  if (code === 'contact.missing') return `/customers/${customerId}/edit`;
  if (code === 'users.none') return usersPath(customerId);
  if (code === 'users.incomplete') return usersPath(customerId, true);
  if (code === 'contact.notInformed') return `/customers/${customerId}#${CONTACT_MESSAGING_ANCHOR}`;
  if (code === 'users.notInvited') return `/customers/${customerId}/users?notInvited=1`;
  return null;
}
