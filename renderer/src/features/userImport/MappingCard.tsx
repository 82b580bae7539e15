import FormControl from '@mui/material/FormControl';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
  type ImportTable,
} from '../../../../shared/schemas/import';
import { SectionCard } from '../../components/SectionCard';

const UNUSED = '';
const SAMPLE_ROWS = 3;

/** The field a column is mapped to, if any. */
export function fieldOfColumn(mapping: ColumnMapping, column: number): ImportField | undefined {
  return IMPORT_FIELDS.find((field) => mapping[field] === column);
}

/** A column's header as shown, or "Kolumn 3" when the file has none. */
export function headerName(t: TFunction, table: ImportTable, i: number): string {
  return table.headers[i]?.trim() || t('import.mapping.noName', { n: i + 1 });
}

/** Maps `field` to `column` (or nothing): a field reads from one column, a column feeds one field. */
export function remap(mapping: ColumnMapping, column: number, field: ImportField | null) {
  const next: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) {
    const at = mapping[f];
    if (at !== undefined && at !== column && f !== field) next[f] = at;
  }
  if (field) next[field] = column;
  return next;
}

interface Props {
  table: ImportTable;
  mapping: ColumnMapping;
  remembered: boolean;
  onChange: (mapping: ColumnMapping) => void;
}

/** Step 2: each column of the file, the field it fills, and what the first rows hold. */
export function MappingCard({ table, mapping, remembered, onChange }: Props) {
  const { t } = useTranslation();
  const width = Math.max(
    table.headers.length,
    ...table.rows.slice(0, 1).map((r) => r.cells.length),
  );
  const columns = Array.from({ length: width }, (_, i) => i);
  const sample = table.rows.slice(0, SAMPLE_ROWS);

  return (
    <SectionCard title={t('import.mapping.title')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {remembered ? t('import.mapping.remembered') : t('import.mapping.guessed')}
      </Typography>
      <Table size="small" aria-label={t('import.mapping.title')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '26%' }}>{t('import.mapping.column')}</TableCell>
            <TableCell sx={{ width: 260 }}>{t('import.mapping.field')}</TableCell>
            <TableCell>{t('import.mapping.sample')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {columns.map((i) => {
            const header = headerName(t, table, i);
            const field = fieldOfColumn(mapping, i);
            return (
              <TableRow key={i}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
                  {header}
                </TableCell>
                <TableCell sx={{ py: 0.5 }}>
                  <FormControl size="small" fullWidth>
                    <Select
                      value={field ?? UNUSED}
                      displayEmpty
                      inputProps={{ 'aria-label': t('import.mapping.selectLabel', { header }) }}
                      onChange={(event) => {
                        const value = event.target.value;
                        onChange(remap(mapping, i, value ? (value as ImportField) : null));
                      }}
                      sx={{ color: field ? 'text.primary' : 'text.secondary' }}
                    >
                      <MenuItem value={UNUSED}>{t('import.mapping.unused')}</MenuItem>
                      {IMPORT_FIELDS.map((f) => (
                        <MenuItem key={f} value={f}>
                          {t(`import.fields.${f}`)}
                        </MenuItem>
                      ))}
                    </Select>
                  </FormControl>
                </TableCell>
                <TableCell
                  sx={{
                    color: 'text.secondary',
                    maxWidth: 0,
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {sample
                    .map((row) => row.cells[i] ?? '')
                    .filter((cell) => cell !== '')
                    .join(' · ') || t('app.none')}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
