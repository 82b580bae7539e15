import { get, useFormState, type Control, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../i18n/errorText';

/**
 * The translated error of one field (its message is an error code), or undefined. A field that
 * knows its own range passes `invalidText`, said instead of the generic "invalid value".
 */
export function useFieldError<T extends FieldValues, C, O>(
  control: Control<T, C, O>,
  name: string,
  invalidText?: string,
): string | undefined {
  const { t } = useTranslation();
  const { errors } = useFormState({ control, name: name as never });
  const error = get(errors, name) as { message?: unknown } | undefined;
  if (!error || typeof error.message !== 'string') return undefined;
  if (invalidText && error.message === 'input.invalid') return invalidText;
  return fieldErrorText(t, name, error.message);
}
