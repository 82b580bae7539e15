import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import { useId } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type Props<T extends FieldValues, C, O> = {
  control: Control<T, C, O>;
  name: FieldPath<T>;
  label: ReactNode;
  helperText?: ReactNode;
  /** A checkbox reads as "a requirement to tick", a switch as "a feature to turn on". */
  variant?: 'switch' | 'checkbox';
  disabled?: boolean;
};

/** A boolean field bound to react-hook-form, its explanation linked as the description. */
export function FormSwitch<T extends FieldValues, C, O>({
  control,
  name,
  label,
  helperText,
  variant = 'switch',
  disabled,
}: Props<T, C, O>) {
  const helperId = useId();
  const Control = variant === 'switch' ? Switch : Checkbox;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Box>
          <FormControlLabel
            label={label}
            disabled={disabled}
            control={
              <Control
                name={field.name}
                checked={field.value === true}
                onChange={(event) => field.onChange(event.target.checked)}
                onBlur={field.onBlur}
                slotProps={{
                  input: {
                    ref: field.ref,
                    'aria-describedby': helperText ? helperId : undefined,
                  } as object,
                }}
              />
            }
          />
          {helperText && (
            <FormHelperText id={helperId} sx={{ mt: -0.5, ml: variant === 'switch' ? 6.5 : 4 }}>
              {helperText}
            </FormHelperText>
          )}
        </Box>
      )}
    />
  );
}
