import type { TFunction } from 'i18next';
import type { UserInvitation } from '../../../../shared/schemas/mail';

/**
 * How far one user has come with step 5, as staff see it in the users grid: one state per user,
 * the furthest way of inviting first (logged in, then e-mail sent, letter, Blikk's own e-mail),
 * then a welcome e-mail on its way or stuck.
 */
export const INVITATION_STATES = [
  'notInvited',
  'queued',
  'sending',
  'sent',
  'failed',
  'interrupted',
  'cancelled',
  'letter',
  'blikk',
  'loggedIn',
] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export function isInvitationState(value: unknown): value is InvitationState {
  return typeof value === 'string' && (INVITATION_STATES as readonly string[]).includes(value);
}

export function invitationStateOf(invitation: UserInvitation): InvitationState {
  if (invitation.loggedInAt) return 'loggedIn';
  if (invitation.emailState === 'sent') return 'sent';
  if (invitation.letterAt) return 'letter';
  if (invitation.blikkWelcomeAt) return 'blikk';
  if (invitation.emailState === 'none') return 'notInvited';
  return invitation.emailState;
}

/** The states staff must act on: shown as errors or warnings. */
export type InvitationTone = 'default' | 'info' | 'success' | 'warning' | 'error';

const TONES: Record<InvitationState, InvitationTone> = {
  notInvited: 'default',
  queued: 'info',
  sending: 'info',
  sent: 'success',
  failed: 'error',
  interrupted: 'warning',
  cancelled: 'default',
  letter: 'success',
  blikk: 'success',
  loggedIn: 'success',
};

export const invitationTone = (state: InvitationState): InvitationTone => TONES[state];

/** The date a state carries ("Skickad 7 dec. 2026"), or null. */
function dateOf(state: InvitationState, invitation: UserInvitation): string | null {
  if (state === 'sent') return invitation.emailStateAt;
  if (state === 'letter') return invitation.letterAt;
  if (state === 'blikk') return invitation.blikkWelcomeAt;
  if (state === 'loggedIn') return invitation.loggedInAt;
  return null;
}

/** "Ej inbjuden", "Skickad 7 dec. 2026", "Misslyckad", "Avbruten – bekräfta"… */
export function invitationLabel(
  t: TFunction,
  invitation: UserInvitation,
  date: (value: string) => string,
): string {
  const state = invitationStateOf(invitation);
  const at = dateOf(state, invitation);
  return t(`messaging.invitation.states.${state}`, { date: at ? date(at) : '' }).trim();
}

/** What the chip's tooltip and its accessible text add: why it failed, what to do, a reminder. */
export function invitationDetail(
  t: TFunction,
  invitation: UserInvitation,
  date: (value: string) => string,
): string | null {
  const state = invitationStateOf(invitation);
  const parts: string[] = [];
  if (state === 'failed') {
    parts.push(
      t('messaging.invitation.failedReason', {
        reason: invitation.emailError || t('messaging.invitation.noReason'),
      }),
    );
  }
  if (state === 'interrupted') parts.push(t('messaging.invitation.interruptedHint'));
  if (invitation.remindedAt) {
    parts.push(t('messaging.invitation.reminded', { date: date(invitation.remindedAt) }));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
