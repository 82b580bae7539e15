import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ComparisonReason, ComparisonRow } from '../../../../shared/schemas/invoices';
import { changeSentence, type Words } from './changeText';
import { deltaColor, type Money } from './useMoney';

interface Props {
  rows: ComparisonRow[];
  money: Money;
  words: Words;
}

/** A new price list touches every row: the page says so once, a row only when it is all there is. */
function reasonsToShow(row: ComparisonRow): ComparisonReason[] {
  const own = row.reasons.filter((reason) => reason.kind !== 'prices');
  return own.length > 0 ? own : row.reasons;
}

/** The changed customers, largest difference first, each reason written out on its own line. */
export function CompareGrid({ rows, money, words }: Props) {
  const { t } = useTranslation();
  const columns = useMemo((): GridColDef<ComparisonRow>[] => {
    const none = t('app.none');
    const kronor = (value: number | null) => (value === null ? none : money.kronor(value));
    const count = (value: number | null) => (value === null ? none : words.number(value));
    const heading = (key: string) => t(`invoices.compare.columns.${key}`);
    return [
      {
        field: 'name',
        headerName: heading('name'),
        flex: 1,
        minWidth: 180,
        // The org.nr under the name: the rows are tall anyway, and the reasons need the width.
        renderCell: ({ row, tabIndex }) => (
          <Box sx={{ py: 1, lineHeight: 1.4, whiteSpace: 'normal' }}>
            <Link component={RouterLink} to={`/customers/${row.id}`} tabIndex={tabIndex}>
              {row.name}
            </Link>
            <Typography variant="body2" color="text.secondary">
              {row.orgnr}
            </Typography>
          </Box>
        ),
      },
      {
        field: 'licences',
        headerName: heading('licences'),
        width: 92,
        sortable: false,
        valueGetter: (_value, row) => `${count(row.previousLicences)} → ${count(row.licences)}`,
      },
      {
        field: 'previousSubtotalOre',
        headerName: heading('previous'),
        type: 'number',
        width: 120,
        valueFormatter: kronor,
      },
      {
        field: 'subtotalOre',
        headerName: heading('current'),
        type: 'number',
        width: 120,
        valueFormatter: kronor,
      },
      {
        field: 'deltaOre',
        headerName: heading('delta'),
        type: 'number',
        width: 136,
        renderCell: ({ row }) => (
          <Box
            component="span"
            sx={{ color: deltaColor(row.deltaOre), fontWeight: 600, whiteSpace: 'nowrap' }}
          >
            {money.signed(row.deltaOre)}
          </Box>
        ),
      },
      {
        field: 'reasons',
        headerName: heading('reasons'),
        flex: 2,
        minWidth: 260,
        sortable: false,
        renderCell: ({ row }) => (
          <Box component="ul" sx={{ m: 0, py: 1, pl: 2, whiteSpace: 'normal', lineHeight: 1.4 }}>
            {reasonsToShow(row).map((reason, i) => (
              <li key={i}>{changeSentence(words, reason)}</li>
            ))}
            {row.reasons.length === 0 && <li>{t('invoices.compare.linesDiffer')}</li>}
          </Box>
        ),
      },
    ];
  }, [t, money, words]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', maxHeight: 'calc(100vh - 120px)' }}>
      <DataGrid
        aria-label={t('invoices.compare.label')}
        rows={rows}
        columns={columns}
        getRowHeight={() => 'auto'}
        getEstimatedRowHeight={() => 56}
        disableRowSelectionOnClick
        disableColumnFilter
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
        sx={{
          '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center', minHeight: 48 },
          '& .MuiDataGrid-cell--textRight': { fontVariantNumeric: 'tabular-nums' },
          '& .MuiDataGrid-columnHeaderTitle': { fontSize: '0.8125rem' },
        }}
      />
    </Box>
  );
}
