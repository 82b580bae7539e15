import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserInvitation } from '../../../../shared/schemas/mail';
import { userRow } from '../users/testRows';
import { invitationDetail, invitationLabel, invitationStateOf } from './invitationState';
import { swedishDate, swedishT } from './testT';

let t: TFunction;
beforeAll(async () => {
  t = await swedishT();
});

const none = userRow({ id: 'x' }).invitation;
const inv = (patch: Partial<UserInvitation>): UserInvitation => ({ ...none, ...patch });
const label = (patch: Partial<UserInvitation>) => invitationLabel(t, inv(patch), swedishDate);

describe("a user's invitation in the users grid", () => {
  it('reads as the staff say it: not invited, queued, sending, sent with its date', () => {
    expect(label({})).toBe('Ej inbjuden');
    expect(label({ emailState: 'queued' })).toBe('I kö');
    expect(label({ emailState: 'sending' })).toBe('Skickas');
    expect(label({ emailState: 'sent', emailStateAt: '2026-12-07T09:00:00Z', invited: true })).toBe(
      'Skickad 7 dec. 2026',
    );
  });

  it('names the other ways of being invited, and logging in beats them all', () => {
    expect(label({ letterAt: '2026-12-07T09:00:00Z' })).toBe('BankID-brev 7 dec. 2026');
    expect(label({ blikkWelcomeAt: '2026-12-06T09:00:00Z' })).toBe('Välkomstmejl skickat i Blikk');
    expect(
      label({
        emailState: 'sent',
        emailStateAt: '2026-12-01T09:00:00Z',
        loggedInAt: '2026-12-05T09:00:00Z',
      }),
    ).toBe('Inloggad 5 dec. 2026');
  });

  it('a failed e-mail says why, an interrupted one asks staff to confirm', () => {
    const failed = inv({ emailState: 'failed', emailError: '550 Mailbox unavailable' });
    expect(invitationLabel(t, failed, swedishDate)).toBe('Misslyckad');
    expect(invitationDetail(t, failed, swedishDate)).toBe('Orsak: 550 Mailbox unavailable');
    const interrupted = inv({ emailState: 'interrupted' });
    expect(invitationLabel(t, interrupted, swedishDate)).toBe('Avbruten – bekräfta');
    expect(invitationDetail(t, interrupted, swedishDate)).toMatch(/Bekräfta i Utkorgen/);
    expect(invitationDetail(t, inv({}), swedishDate)).toBeNull();
  });

  it('an invitation made another way wins over a failed e-mail', () => {
    expect(invitationStateOf(inv({ emailState: 'failed', blikkWelcomeAt: '2026-12-07' }))).toBe(
      'blikk',
    );
    expect(invitationStateOf(inv({ emailState: 'cancelled' }))).toBe('cancelled');
  });
});
