import type { ReactNode } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldError } from './useFieldError';

type Props<T extends FieldValues, C, O> = Omit<TextFieldProps, 'name' | 'error' | 'helperText'> & {
  control: Control<T, C, O>;
  name: FieldPath<T>;
  helperText?: ReactNode;
  /** Applied when the field loses focus, e.g. to print a number in its standard form. */
  normalize?: (value: string) => string;
  /** Shown instead of the generic "invalid value" text, e.g. "Fyll i en kod". */
  invalidText?: string;
};

/** A labelled text field bound to react-hook-form, showing its translated error below. */
export function FormTextField<T extends FieldValues, C, O>({
  control,
  name,
  helperText,
  normalize,
  invalidText,
  ...rest
}: Props<T, C, O>) {
  const { field } = useController({ control, name });
  const error = useFieldError(control, name, invalidText);

  function blur() {
    if (normalize && typeof field.value === 'string') {
      const normal = normalize(field.value);
      if (normal !== field.value) field.onChange(normal);
    }
    field.onBlur();
  }

  return (
    <TextField
      {...rest}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={blur}
      inputRef={field.ref}
      error={!!error}
      helperText={error || helperText}
      fullWidth={rest.fullWidth ?? true}
    />
  );
}
