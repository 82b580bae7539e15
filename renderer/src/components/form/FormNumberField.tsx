import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldError } from './useFieldError';

type Props<T extends FieldValues, C, O> = Omit<
  TextFieldProps,
  'name' | 'error' | 'helperText' | 'type' | 'value' | 'onChange'
> & {
  control: Control<T, C, O>;
  name: FieldPath<T>;
  min?: number;
  max?: number;
  step?: number;
  helperText?: string;
  /** Shown instead of the generic "invalid value" text, e.g. "0–24 timmar i steg om 0,25". */
  invalidText?: string;
  /** Marked as wrong but silent: a row of fields whose one message is written below them. */
  hideError?: boolean;
};

/**
 * A number input whose form value is a number (NaN while empty or unreadable, which the schema
 * refuses), so the section schemas can check it as they are.
 */
export function FormNumberField<T extends FieldValues, C, O>({
  control,
  name,
  min,
  max,
  step,
  helperText,
  invalidText,
  hideError,
  ...rest
}: Props<T, C, O>) {
  const { field } = useController({ control, name });
  const error = useFieldError(control, name, invalidText);
  const value = typeof field.value === 'number' && !Number.isNaN(field.value) ? field.value : '';
  return (
    <TextField
      {...rest}
      type="number"
      name={field.name}
      value={value}
      onChange={(event) =>
        field.onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))
      }
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={error !== undefined}
      helperText={(!hideError && error) || helperText}
      slotProps={{
        ...rest.slotProps,
        htmlInput: {
          ...(rest.slotProps?.htmlInput as object | undefined),
          min,
          max,
          step,
          inputMode: 'decimal',
        },
      }}
    />
  );
}
