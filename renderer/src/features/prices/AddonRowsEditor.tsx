import { useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { ADDON_UNITS } from '../../../../shared/schemas/invoices';
import { HiddenHeaderCell } from '../../components/HiddenHeaderCell';
import { PriceField } from './PriceField';
import { RowTextField } from './RowTextField';
import { addonField, type AddonRow } from './priceForm';
import type { PriceFormState } from './usePriceForm';

const cell = { verticalAlign: 'top', px: 0.75, '&:first-of-type': { pl: 0 } } as const;

/** The add-on services of a new version: one editable row each, added and removed freely. */
export function AddonRowsEditor({ state }: { state: PriceFormState }) {
  const { t } = useTranslation();
  // Focus goes to the code of a row the user just added, not to rows that were prefilled.
  const [added, setAdded] = useState<string | null>(null);
  const rows = state.form.addons;
  return (
    <>
      {rows.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('prices.form.noAddons')}
        </Typography>
      ) : (
        <Table size="small" aria-label={t('prices.form.addonsLabel')} sx={{ mb: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ ...cell, width: 170 }}>{t('prices.form.code')}</TableCell>
              <TableCell sx={cell}>{t('prices.form.name')}</TableCell>
              <TableCell sx={{ ...cell, width: 180 }}>{t('prices.form.unit')}</TableCell>
              <TableCell sx={{ ...cell, width: 140 }}>{t('prices.form.list')}</TableCell>
              <TableCell sx={{ ...cell, width: 140 }}>{t('prices.form.reseller')}</TableCell>
              <HiddenHeaderCell sx={{ ...cell, width: 48 }} label={t('prices.form.removeHeader')} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <EditorRow
                key={row.key}
                row={row}
                n={index + 1}
                state={state}
                focus={row.key === added}
              />
            ))}
          </TableBody>
        </Table>
      )}
      <Button startIcon={<AddIcon />} onClick={() => setAdded(state.addRow().key)}>
        {t('prices.form.addRow')}
      </Button>
    </>
  );
}

interface RowProps {
  row: AddonRow;
  n: number;
  state: PriceFormState;
  focus: boolean;
}

function EditorRow({ row, n, state, focus }: RowProps) {
  const { t } = useTranslation();
  const label = row.name.trim() || row.code.trim() || t('prices.form.rowN', { n });
  const rowName = t('prices.form.rowN', { n });
  const field = (name: keyof AddonRow) => ({
    size: 'small' as const,
    onBlur: () => state.touch(addonField(row, name)),
  });
  return (
    <TableRow>
      <TableCell sx={cell}>
        <RowTextField
          state={state}
          row={row}
          field="code"
          label={t('prices.form.codeOf', { row: rowName })}
          maxLength={40}
          autoFocus={focus}
        />
      </TableCell>
      <TableCell sx={cell}>
        <RowTextField
          state={state}
          row={row}
          field="name"
          label={t('prices.form.nameOf', { row: rowName })}
          maxLength={120}
        />
      </TableCell>
      <TableCell sx={cell}>
        <TextField
          {...field('unit')}
          select
          value={row.unit}
          onChange={(e) => state.setRow(row, 'unit', e.target.value)}
          fullWidth
          slotProps={{
            select: { inputProps: { 'aria-label': t('prices.form.unitOf', { row: rowName }) } },
          }}
        >
          {ADDON_UNITS.map((unit) => (
            <MenuItem key={unit} value={unit}>
              {t(`prices.units.${unit}`)}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell sx={cell}>
        <PriceField
          {...field('list')}
          value={row.list}
          onChange={(value) => state.setRow(row, 'list', value)}
          problem={state.problemOf(addonField(row, 'list'))}
          warning={state.warningOf(addonField(row, 'list'))}
          ariaLabel={t('prices.form.listOf', { row: rowName })}
        />
      </TableCell>
      <TableCell sx={cell}>
        <PriceField
          {...field('reseller')}
          value={row.reseller}
          onChange={(value) => state.setRow(row, 'reseller', value)}
          problem={state.problemOf(addonField(row, 'reseller'))}
          warning={state.warningOf(addonField(row, 'reseller'))}
          ariaLabel={t('prices.form.resellerOf', { row: rowName })}
        />
      </TableCell>
      <TableCell sx={{ ...cell, pr: 0 }}>
        <IconButton
          aria-label={t('prices.form.removeRow', { row: label })}
          onClick={() => state.removeRow(row)}
        >
          <DeleteOutlined />
        </IconButton>
      </TableCell>
    </TableRow>
  );
}
