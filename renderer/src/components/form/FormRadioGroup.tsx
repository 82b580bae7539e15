import type { ReactNode } from 'react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldError } from './useFieldError';
import { legendSx } from './legendSx';

export interface RadioOption {
  value: string;
  label: ReactNode;
}

type Props<T extends FieldValues, C, O> = {
  control: Control<T, C, O>;
  name: FieldPath<T>;
  legend: string;
  options: readonly RadioOption[];
  helperText?: ReactNode;
  row?: boolean;
  /** Columns of a grid instead of one line or one column (long lists of short choices). */
  columns?: number;
};

/** A fieldset of radio buttons bound to react-hook-form: the legend names the group. */
export function FormRadioGroup<T extends FieldValues, C, O>({
  control,
  name,
  legend,
  options,
  helperText,
  row,
  columns,
}: Props<T, C, O>) {
  const error = useFieldError(control, name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControl component="fieldset" error={!!error}>
          <FormLabel component="legend" sx={{ ...legendSx, mb: 0.5 }}>
            {legend}
          </FormLabel>
          <RadioGroup
            row={row}
            name={field.name}
            value={field.value ?? ''}
            onChange={(event) => field.onChange(event.target.value)}
            sx={
              columns
                ? {
                    display: 'grid',
                    gridTemplateColumns: `repeat(${columns}, max-content)`,
                    columnGap: 3,
                  }
                : undefined
            }
          >
            {options.map((option) => (
              <FormControlLabel
                key={option.value}
                value={option.value}
                control={
                  <Radio
                    slotProps={{
                      input: (option === options[0] ? { ref: field.ref } : {}) as object,
                    }}
                  />
                }
                label={option.label}
              />
            ))}
          </RadioGroup>
          {(error ?? helperText) && (
            <FormHelperText sx={{ mx: 0 }}>{error ?? helperText}</FormHelperText>
          )}
        </FormControl>
      )}
    />
  );
}
