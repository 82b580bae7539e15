import type { messagingSv } from './messaging.sv';

/** In English: informing the primary contact, invitations in the users grid, and the outbox page. */
export const messagingEn: typeof messagingSv = {
  title: '',
};
