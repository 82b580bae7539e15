import type { TFunction } from 'i18next';
import type { ImportIssue } from '../../../../shared/schemas/import';
import { isErrorCode } from '../../../../shared/errors';

/**
 * An issue as the user reads it: in Swedish the services' own message (it names the row's
 * problem exactly); in English the code's translation, else the app's general error text.
 */
export function issueText(
  t: TFunction,
  language: string,
  issue: Pick<ImportIssue, 'code' | 'message'>,
) {
  if (language !== 'en') return issue.message;
  const texts = t('import.issues', { returnObjects: true }) as Record<string, string>;
  return texts[issue.code] ?? (isErrorCode(issue.code) ? t(`errors.${issue.code}`) : issue.message);
}
