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

/** The welcome e-mail's state changed (queued, sending, sent, failed...). */
export function setWelcomeState(
  m: EntityManager,
  customerId: string,
  userId: string,
  at: string,
  patch: { emailState: WelcomeEmailState; emailError: string | null },
): Promise<void> {
  return patchInvitation(m, customerId, userId, at, { ...patch, emailStateAt: at });
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
