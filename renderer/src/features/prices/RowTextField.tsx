import TextField from '@mui/material/TextField';
import type { AddonRow } from './priceForm';
import { addonField } from './priceForm';
import type { PriceFormState } from './usePriceForm';

interface Props {
  state: PriceFormState;
  row: AddonRow;
  field: 'code' | 'name';
  /** The field's name for screen readers ("Kod, rad 2"): the column header is the visible one. */
  label: string;
  maxLength: number;
  autoFocus?: boolean;
}

/** The code or the name of one add-on row, with its problem below it. */
export function RowTextField({ state, row, field, label, maxLength, autoFocus }: Props) {
  const problem = state.problemOf(addonField(row, field));
  return (
    <TextField
      size="small"
      value={row[field]}
      onChange={(e) => state.setRow(row, field, e.target.value)}
      onBlur={() => state.touch(addonField(row, field))}
      error={!!problem}
      helperText={problem}
      autoFocus={autoFocus}
      fullWidth
      slotProps={{ htmlInput: { 'aria-label': label, maxLength, autoComplete: 'off' } }}
    />
  );
}
