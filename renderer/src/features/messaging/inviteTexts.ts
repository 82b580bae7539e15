import type { TFunction } from 'i18next';
import { detailsOf } from '../../../../shared/errorDetails';
import type { InviteOutcome, InviteOutcomeKind } from '../../../../shared/schemas/mail';
import { missingShort } from '../users/userTexts';

/** A user the service would not invite without a confirmation, and what they lack. */
export interface IncompleteUser {
  userId: string;
  name: string;
  missing: string[];
}

/** The users an `invite.incomplete` refusal names; none when its details are of another shape. */
export function incompleteUsersIn(
  error: { code: string; details?: unknown } | null | undefined,
): IncompleteUser[] {
  return detailsOf(error, 'invite.incomplete')?.users ?? [];
}

/** "Åsa Öberg – saknar e-post, löneform": one line of the confirmation dialog. */
export function incompleteLine(t: TFunction, user: IncompleteUser): string {
  if (user.missing.length === 0) return user.name;
  return t('messaging.invite.incompleteLine', {
    name: user.name,
    missing: missingShort(t, user.missing),
  });
}

const OUTCOME_ORDER: InviteOutcomeKind[] = ['sent', 'queued', 'letter', 'skipped', 'failed'];

/** "2 inbjudningar i kö, 1 får BankID-brev, 1 hoppades över": what an invitation did. */
export function inviteSummary(
  t: TFunction,
  outcomes: readonly InviteOutcome[],
  number: (n: number) => string,
): string {
  if (outcomes.length === 0) return t('messaging.invite.nothing');
  const counts = new Map<InviteOutcomeKind, number>();
  for (const o of outcomes) counts.set(o.outcome, (counts.get(o.outcome) ?? 0) + 1);
  return OUTCOME_ORDER.filter((kind) => counts.has(kind))
    .map((kind) => {
      const count = counts.get(kind) ?? 0;
      return t(`messaging.invite.outcomes.${kind}`, { count, formatted: number(count) });
    })
    .join(', ');
}

/** The users an invitation answered with a BankID letter: their letters are the next step. */
export function letterUserIds(outcomes: readonly InviteOutcome[]): string[] {
  return outcomes.filter((o) => o.outcome === 'letter').map((o) => o.userId);
}
