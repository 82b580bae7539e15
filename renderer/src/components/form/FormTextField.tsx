import type { ReactNode } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldError } from './useFieldError';

type Props<T extends FieldValues> = Omit<TextFieldProps, 'name' | 'error' | 'helperText'> & {
  control: Control<T>;
  name: FieldPath<T>;
  helperText?: ReactNode;
};

/** A labelled text field bound to react-hook-form, showing its translated error below. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  helperText,
  ...rest
}: Props<T>) {
  const error = useFieldError(control, name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField
          {...rest}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!error}
          helperText={error ?? helperText}
          fullWidth={rest.fullWidth ?? true}
        />
      )}
    />
  );
}
