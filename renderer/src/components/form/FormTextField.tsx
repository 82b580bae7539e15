import type { ReactNode } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
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
  const error = useFieldError(control, name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={() => {
            if (normalize && typeof field.value === 'string') {
              const normal = normalize(field.value);
              if (normal !== field.value) field.onChange(normal);
            }
            field.onBlur();
          }}
          inputRef={field.ref}
          error={!!error}
          helperText={
            (fieldState.error?.message === 'input.invalid' && invalidText) || error || helperText
          }
          fullWidth={rest.fullWidth ?? true}
        />
      )}
    />
  );
}
