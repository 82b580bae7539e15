import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InviteOutcome } from '../../../../shared/schemas/mail';
import { incompleteLine, incompleteUsersIn, inviteSummary, letterUserIds } from './inviteTexts';
import { swedishNumber, swedishT } from './testT';

let t: TFunction;
beforeAll(async () => {
  t = await swedishT();
});

const outcome = (userId: string, kind: InviteOutcome['outcome']): InviteOutcome => ({
  userId,
  name: userId,
  outcome: kind,
  reason: null,
  missing: [],
});

describe('inviting users, in words', () => {
  it('names each incomplete user of an invite.incomplete refusal and what they lack', () => {
    const users = incompleteUsersIn({
      code: 'invite.incomplete',
      details: {
        users: [
          { userId: 'u1', name: 'Åsa Öberg', missing: ['email.missing', 'salaryForm.missing'] },
          { userId: 'u2', name: 'Bo Ask', missing: [] },
        ],
      },
    });
    expect(users.map((u) => incompleteLine(t, u))).toEqual([
      'Åsa Öberg – saknar e-post, löneform',
      'Bo Ask',
    ]);
    expect(incompleteUsersIn(undefined)).toEqual([]);
  });

  it('names nobody when the refusal is another code or its details are of another shape', () => {
    const users = [{ userId: 'u1', name: 'Åsa Öberg', missing: [] }];
    expect(incompleteUsersIn({ code: 'user.notFound', details: { users } })).toEqual([]);
    const junk = { users: [...users, { name: 'no id' }, 'junk'] };
    expect(incompleteUsersIn({ code: 'invite.incomplete', details: junk })).toEqual([]);
  });

  it('sums up what an invitation did, and who needs a BankID letter', () => {
    const outcomes = [
      outcome('u1', 'queued'),
      outcome('u2', 'queued'),
      outcome('u3', 'letter'),
      outcome('u4', 'skipped'),
    ];
    expect(inviteSummary(t, outcomes, swedishNumber)).toBe(
      '2 inbjudningar i kö, 1 utan e-post får BankID-brev, 1 hoppades över (redan inbjuden)',
    );
    expect(letterUserIds(outcomes)).toEqual(['u3']);
    expect(inviteSummary(t, [], swedishNumber)).toBe('Ingen att bjuda in: alla är redan inbjudna.');
  });
});
