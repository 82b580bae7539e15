import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

type Props = Omit<TextFieldProps, 'onChange' | 'error' | 'helperText' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
  /** A translated problem: marks the field as wrong. */
  problem?: string | undefined;
  /** A translated warning: shown, but the value is allowed. */
  warning?: string | undefined;
  helperText?: string | undefined;
  /** For a field in a table row, whose visible label is the column header. */
  ariaLabel?: string;
};

/** A price in kronor as typed ("129,50"), with "kr" after it and its problem or warning below. */
export function PriceField({
  value,
  onChange,
  problem,
  warning,
  helperText,
  ariaLabel,
  ...rest
}: Props) {
  return (
    <TextField
      {...rest}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={!!problem}
      helperText={problem ?? warning ?? helperText}
      fullWidth
      slotProps={{
        htmlInput: { inputMode: 'decimal', autoComplete: 'off', 'aria-label': ariaLabel },
        input: { endAdornment: <InputAdornment position="end">kr</InputAdornment> },
        formHelperText: warning && !problem ? { sx: { color: 'warning.dark' } } : {},
      }}
    />
  );
}
