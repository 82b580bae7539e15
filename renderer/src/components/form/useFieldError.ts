import { get, useFormState, type Control, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../i18n/errorText';

/** The translated error of one field (its message is an error code), or undefined. */
export function useFieldError<T extends FieldValues, C, O>(
  control: Control<T, C, O>,
  name: string,
): string | undefined {
  const { t } = useTranslation();
  const { errors } = useFormState({ control, name: name as never });
  const error = get(errors, name) as { message?: unknown } | undefined;
  if (!error || typeof error.message !== 'string') return undefined;
  return fieldErrorText(t, name, error.message);
}
