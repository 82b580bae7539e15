import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DataGrid } from '@mui/x-data-grid';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../shared/schemas/customer';
import { useCustomerColumns } from './useCustomerColumns';

interface Props {
  rows: CustomerRow[];
  loading: boolean;
  /** What an empty grid says: no match for the search, the step, or both. */
  emptyText: string;
  /** Customers on samlingsfaktura without the bureau's agreement: marked in their row. */
  flagged: ReadonlySet<string>;
}

function NoMatch({ text }: { text: string }) {
  return (
    <Box sx={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <Typography color="text.secondary">{text}</Typography>
    </Box>
  );
}

const PAGE_SIZES = [25, 50, 100];

/** The portfolio: virtualised rows, sortable columns; a click or Enter opens the customer. */
export function CustomerGrid({ rows, loading, emptyText, flagged }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns = useCustomerColumns(flagged);
  const open = (id: string | number) => navigate(`/customers/${String(id)}`);
  // A stable slot per text: a new component each render would remount the overlay.
  const Empty = useMemo(() => {
    const Overlay = () => <NoMatch text={emptyText} />;
    return Overlay;
  }, [emptyText]);

  return (
    <DataGrid
      aria-label={t('portfolio.gridLabel')}
      rows={rows}
      columns={columns}
      loading={loading}
      rowHeight={48}
      columnHeaderHeight={56}
      disableRowSelectionOnClick
      pageSizeOptions={PAGE_SIZES}
      initialState={{
        pagination: { paginationModel: { pageSize: 100, page: 0 } },
        sorting: { sortModel: [{ field: 'name', sort: 'asc' }] },
      }}
      slots={{ noRowsOverlay: Empty, noResultsOverlay: Empty }}
      slotProps={{ loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } }}
      onRowClick={(params) => open(params.id)}
      onCellKeyDown={(params, event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          open(params.id);
        }
      }}
      sx={{
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        // Long Swedish headers wrap onto two lines instead of being cut.
        '& .MuiDataGrid-columnHeaderTitle': {
          whiteSpace: 'normal',
          lineHeight: 1.25,
          fontSize: '0.8125rem',
        },
        '& .MuiChip-label': { fontSize: '0.75rem' },
      }}
    />
  );
}
