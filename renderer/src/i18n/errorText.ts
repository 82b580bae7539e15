import type { TFunction } from 'i18next';
import { detailsOf } from '../../../shared/errorDetails';
import { isErrorCode, type ErrorCode } from '../../../shared/errors';
import { namedErrorsSv } from '../../../shared/errorMessages';
import { currentLanguage, isLanguage } from './index';
import { formatMonth } from './format';

type Named = keyof typeof namedErrorsSv;
const isNamed = (code: ErrorCode): code is Named => Object.hasOwn(namedErrorsSv, code);

/**
 * The translated text of an error code; anything unknown reads as an invalid value. A refusal
 * whose details name a month ("Mars 2026 är stängd") says it when its details, checked against
 * the code's shape, carry it.
 */
export function errorText(t: TFunction, code: string | undefined, details?: unknown): string {
  const known = isErrorCode(code) ? code : 'input.invalid';
  const month = isNamed(known) ? detailsOf({ code: known, details }, known)?.month : undefined;
  if (month) {
    const words = formatMonth(month, languageOf(t));
    return t(`namedErrors.${known}`, { month: words.charAt(0).toUpperCase() + words.slice(1) });
  }
  return t(`errors.${known}`);
}

/** The language `t` speaks: its own when fixed to one (getFixedT), else the one on screen. */
function languageOf(t: TFunction) {
  const fixed: unknown = (t as { lng?: unknown }).lng;
  return isLanguage(fixed) ? fixed : currentLanguage();
}

/** Field-specific wording first (fieldErrors.<field>.<code>), then the code's general text. */
export function fieldErrorText(t: TFunction, field: string, code: string | undefined): string {
  const known = isErrorCode(code) ? code : 'input.invalid';
  return t([`fieldErrors.${field}.${known}`, `errors.${known}`]);
}
