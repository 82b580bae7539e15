import { useState } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFormat } from '../../i18n/useFormat';
import { decimalText, parseDecimal } from './decimal';
import { useFieldError } from './useFieldError';

type Props<T extends FieldValues, C, O> = Omit<
  TextFieldProps,
  'name' | 'error' | 'helperText' | 'type' | 'value' | 'onChange'
> & {
  control: Control<T, C, O>;
  name: FieldPath<T>;
  helperText?: string;
  /** Shown instead of the generic "invalid value" text, e.g. "0–24 timmar i steg om 0,25". */
  invalidText?: string;
  /** Marked as wrong but silent: a row of fields whose one message is written below them. */
  hideError?: boolean;
};

const valueOf = (text: string) => {
  const parsed = parseDecimal(text);
  return parsed.ok ? parsed.value : Number.NaN;
};

/**
 * A number typed as text ("8,5" or "8.5"), whose form value is a number (NaN while empty or
 * unreadable, which the schema refuses), so the section schemas can check it as they are. Not
 * type=number: that input drops the Swedish decimal comma.
 */
export function FormNumberField<T extends FieldValues, C, O>({
  control,
  name,
  helperText,
  invalidText,
  hideError,
  ...rest
}: Props<T, C, O>) {
  const { field } = useController({ control, name });
  const error = useFieldError(control, name, invalidText);
  const { language } = useFormat();
  const value = typeof field.value === 'number' ? field.value : Number.NaN;
  const [text, setText] = useState(() => decimalText(value, language));
  // A value set from outside (a reset, a copy) replaces what was typed; one typed stays as typed.
  const shown = Object.is(valueOf(text), value) ? text : decimalText(value, language);
  return (
    <TextField
      {...rest}
      name={field.name}
      value={shown}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(valueOf(event.target.value));
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={error !== undefined}
      helperText={(!hideError && error) || helperText}
      slotProps={{
        ...rest.slotProps,
        htmlInput: {
          ...(rest.slotProps?.htmlInput as object | undefined),
          inputMode: 'decimal',
          autoComplete: 'off',
        },
      }}
    />
  );
}
