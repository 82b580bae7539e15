import MenuItem from '@mui/material/MenuItem';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import type { SectionData } from '../../../../../shared/settings/sections';
import { FormTextField } from '../../../components/form/FormTextField';
import { labelled, RowsTable } from './RowsTable';
import { useSectionText } from './useSectionText';

type TimeCodes = SectionData['timeCodes'];

/** The customer's own codes: code, name, time or absence, and the payroll system's code. */
export function CustomCodesTable({ control }: { control: Control<TimeCodes> }) {
  const k = useSectionText('timeCodes');
  const { fields, append, remove } = useFieldArray({ control, name: 'custom' });
  const values = useWatch({ control, name: 'custom' });
  const text = (index: number, field: 'code' | 'name' | 'payrollCode') => (
    <FormTextField
      control={control}
      name={`custom.${index}.${field}`}
      size="small"
      slotProps={labelled(k(`${field}Of`, { row: index + 1 }))}
      invalidText={k(`${field}Invalid`)}
    />
  );
  const kind = (index: number) => (
    <FormTextField
      control={control}
      name={`custom.${index}.kind`}
      select
      size="small"
      slotProps={{ select: { inputProps: { 'aria-label': k('kindOf', { row: index + 1 }) } } }}
    >
      <MenuItem value="time">{k('kinds.time')}</MenuItem>
      <MenuItem value="absence">{k('kinds.absence')}</MenuItem>
    </FormTextField>
  );
  const code = (index: number) => values[index]?.code.trim() || k('rowN', { row: index + 1 });

  return (
    <RowsTable
      label={k('custom')}
      columns={[
        { label: k('code'), sx: { width: 110, pl: 0 } },
        { label: k('name') },
        { label: k('kind'), sx: { width: 140 } },
        { label: k('payrollCode'), sx: { width: 120 } },
      ]}
      rows={fields}
      cells={(index) => [
        text(index, 'code'),
        text(index, 'name'),
        kind(index),
        text(index, 'payrollCode'),
      ]}
      removeLabel={(index) => k('remove', { code: code(index) })}
      onRemove={remove}
      addLabel={k('add')}
      onAdd={() => append({ code: '', name: '', kind: 'time', payrollCode: '' })}
    />
  );
}
