/** In Swedish: informing the primary contact, invitations in the users grid, and the outbox page. messaging.en.ts has the same shape. */
export const messagingSv = {
  title: '',
};
