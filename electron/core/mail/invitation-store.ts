import type { EntityManager } from 'typeorm';
import type { UserInvitation, WelcomeEmailState } from '../../../shared/schemas/mail';
import { UserInvitationEntity, type UserInvitationRow } from '../db/mail-entities';

type InvitationPatch = Partial<Omit<UserInvitationRow, 'userId' | 'customerId' | 'updatedAt'>>;

const EMPTY: Omit<UserInvitationRow, 'userId' | 'customerId' | 'updatedAt'> = {
  emailState: 'none',
  emailStateAt: null,
  emailError: null,
  letterAt: null,
  blikkWelcomeAt: null,
  loggedInAt: null,
  remindedAt: null,
};

/** Creates or updates one user's invitation row with the fields given. */
export async function patchInvitation(
  m: EntityManager,
  customerId: string,
  userId: string,
  at: string,
  patch: InvitationPatch,
): Promise<void> {
  const stored = await m.findOne(UserInvitationEntity, { where: { userId } });
  await m.save(UserInvitationEntity, {
    ...EMPTY,
    ...stored,
    ...patch,
    userId,
    customerId,
    updatedAt: at,
  });
}

/**
 * The welcome e-mails' state changed (queued, sending, sent, failed...) for these users: one
 * upsert per slice rather than a read and a write per user, since inviting a whole customer
 * queues thousands. Users deleted meanwhile are skipped (the row would break its foreign key).
 */
export async function setWelcomeStates(
  m: EntityManager,
  users: { userId: string; customerId: string }[],
  at: string,
  state: WelcomeEmailState,
  error: string | null = null,
): Promise<void> {
  for (let i = 0; i < users.length; i += 500) {
    const slice = users.slice(i, i + 500);
    await m.query(
      `INSERT INTO user_invitations (user_id, customer_id, email_state, email_state_at,
         email_error, letter_at, blikk_welcome_at, logged_in_at, reminded_at, updated_at)
       SELECT id, customer_id, ?, ?, ?, NULL, NULL, NULL, NULL, ? FROM users
       WHERE id IN (${slice.map(() => '?').join(', ')})
       ON CONFLICT (user_id) DO UPDATE SET customer_id = excluded.customer_id,
         email_state = excluded.email_state, email_state_at = excluded.email_state_at,
         email_error = excluded.email_error, updated_at = excluded.updated_at`,
      [state, at, error?.slice(0, 500) ?? null, at, ...slice.map((u) => u.userId)],
    );
  }
}

/** The customer's invitation rows by user id, for the users grid. */
export async function invitationsOf(
  m: EntityManager,
  customerId: string,
): Promise<Map<string, UserInvitationRow>> {
  const rows = await m.find(UserInvitationEntity, { where: { customerId } });
  return new Map(rows.map((r) => [r.userId, r]));
}

/** What the grid and the checklist see; a user without a row has not been invited. */
export function toInvitation(row: UserInvitationRow | undefined): UserInvitation {
  const r = row ?? { ...EMPTY };
  return {
    emailState: r.emailState as WelcomeEmailState,
    emailStateAt: r.emailStateAt,
    emailError: r.emailError,
    letterAt: r.letterAt,
    blikkWelcomeAt: r.blikkWelcomeAt,
    loggedInAt: r.loggedInAt,
    remindedAt: r.remindedAt,
    invited: isInvited(r),
  };
}

/** Step 5 counts a user as invited by any of the three ways. */
export const isInvited = (
  r: Pick<UserInvitationRow, 'emailState' | 'letterAt' | 'blikkWelcomeAt'>,
) => r.emailState === 'sent' || r.letterAt !== null || r.blikkWelcomeAt !== null;
