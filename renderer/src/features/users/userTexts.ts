import type { TFunction } from 'i18next';
import { INCOMPLETE_CODES } from '../../../../shared/domain/users';
import { detailsOf, fieldDetailsOf } from '../../../../shared/errorDetails';
import type { CompletenessSummary, UserRow } from '../../../../shared/schemas/users';
import type { ApiError } from '../../api/client';
import { serverIssues } from '../collaboration/serverIssues';
import { errorText, fieldErrorText } from '../../i18n/errorText';

/**
 * The warnings a user can have, in the order the article asks for them: those that keep the
 * user incomplete, then the personnummer (no BankID), which does not.
 */
export const MISSING_ORDER = [...INCOMPLETE_CODES, 'personnummer.missing'] as const;

export const isIncomplete = (code: string): boolean =>
  (INCOMPLETE_CODES as readonly string[]).includes(code);

/** "employeeNumber.missing" → "employeeNumber": the key of its texts. */
const keyOf = (code: string) => code.split('.')[0] ?? code;
const isKnown = (code: string) => (MISSING_ORDER as readonly string[]).includes(code);

export function sortMissing(codes: readonly string[]): string[] {
  const rank = (code: string) => {
    const i = (MISSING_ORDER as readonly string[]).indexOf(code);
    return i === -1 ? MISSING_ORDER.length : i;
  };
  return [...codes].sort((a, b) => rank(a) - rank(b));
}

/** "e-post, löneform", for the status chip. */
export function missingShort(t: TFunction, codes: readonly string[]): string {
  return sortMissing(codes)
    .map((code) =>
      isKnown(code) ? t(`users.status.short.${keyOf(code)}`) : t('users.status.other'),
    )
    .join(', ');
}

/** One sentence per missing thing, for the dialog's list and the chip's tooltip. */
export function missingLong(t: TFunction, codes: readonly string[]): string[] {
  return sortMissing(codes).map((code) =>
    isKnown(code) ? t(`users.status.long.${keyOf(code)}`) : fieldErrorText(t, '', code),
  );
}

/** "Komplett", "Komplett, utan BankID" (no personnummer), or what keeps the user incomplete. */
export function statusLabel(
  t: TFunction,
  row: Pick<UserRow, 'missing' | 'personnummerMasked'>,
): string {
  if (row.missing.length > 0) {
    return t('users.status.missing', { list: missingShort(t, row.missing) });
  }
  return row.personnummerMasked === null
    ? t('users.status.completeNoBankId')
    : t('users.status.complete');
}

/** "12 av 15 kompletta; 3 saknar anställningsnummer, 2 saknar löneform". */
export function summaryText(
  t: TFunction,
  summary: CompletenessSummary,
  number: (n: number) => string,
): string {
  if (summary.total === 0) return t('users.summary.none');
  if (summary.complete === summary.total) {
    return t('users.summary.allComplete', {
      count: summary.total,
      formatted: number(summary.total),
    });
  }
  const head = t('users.summary.text', {
    complete: number(summary.complete),
    total: number(summary.total),
  });
  const parts = sortMissing(Object.keys(summary.missing))
    .filter((code) => (summary.missing[code] ?? 0) > 0)
    .map((code) =>
      t(`users.summary.missing.${isKnown(code) ? keyOf(code) : 'other'}`, {
        count: summary.missing[code] ?? 0,
        formatted: number(summary.missing[code] ?? 0),
      }),
    );
  return parts.length > 0 ? `${head}; ${parts.join(', ')}` : head;
}

/** The users an approver still approves for, as an approver.hasApprovees refusal names them. */
export function approveeNames(error: { code: string; details?: unknown }): string[] {
  return detailsOf(error, 'approver.hasApprovees')?.users ?? [];
}

/** A refusal in words: who it is about and why, the people it names included. */
export function refusalText(t: TFunction, error: ApiError): string {
  const names = approveeNames(error);
  if (names.length > 0) {
    return t('users.hasApprovees', { users: names.join(', ') });
  }
  const issue = serverIssues(error.details).find((i) => i.severity === 'error');
  const text = issue
    ? fieldErrorText(t, issue.field, issue.code)
    : errorText(t, error.code, error.details);
  const fields = fieldDetailsOf(error);
  const user = fields && 'user' in fields ? fields.user : undefined;
  return user ? `${user}: ${text}` : text;
}
