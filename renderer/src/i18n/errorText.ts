import type { TFunction } from 'i18next';
import { isErrorCode } from '../../../shared/errors';

/** The translated text of an error code; anything unknown reads as an invalid value. */
export function errorText(t: TFunction, code: string | undefined): string {
  return t(`errors.${isErrorCode(code) ? code : 'input.invalid'}`);
}

/** Field-specific wording first (fieldErrors.<field>.<code>), then the code's general text. */
export function fieldErrorText(t: TFunction, field: string, code: string | undefined): string {
  const known = isErrorCode(code) ? code : 'input.invalid';
  return t([`fieldErrors.${field}.${known}`, `errors.${known}`]);
}
