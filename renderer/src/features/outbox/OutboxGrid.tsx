import Box from '@mui/material/Box';
import { DataGrid, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/schemas/mail';
import { useOutboxColumns } from './useOutboxColumns';

const PAGE_SIZES = [50, 100, 500];

/** A filter that matches nothing (an empty outbox has a page of its own). */
function NoMatch() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', height: '100%', color: 'text.secondary' }}>
      {t('messaging.outbox.emptyFiltered')}
    </Box>
  );
}

interface Props {
  rows: OutboxItem[];
  loading: boolean;
  selection: GridRowSelectionModel;
  onSelectionChange: (selection: GridRowSelectionModel) => void;
}

/** Every message, newest first; rows are virtualised so thousands of invitations scroll. */
export function OutboxGrid({ rows, loading, selection, onSelectionChange }: Props) {
  const { t } = useTranslation();
  const columns = useOutboxColumns();
  return (
    <DataGrid
      aria-label={t('messaging.outbox.gridLabel')}
      rows={rows}
      columns={columns}
      loading={loading}
      rowHeight={44}
      checkboxSelection
      disableRowSelectionOnClick
      disableRowSelectionExcludeModel
      hideFooterSelectedRowCount
      rowSelectionModel={selection}
      onRowSelectionModelChange={onSelectionChange}
      pageSizeOptions={PAGE_SIZES}
      initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
      slots={{ noRowsOverlay: NoMatch, noResultsOverlay: NoMatch }}
      sx={{ '& .MuiChip-label': { fontSize: '0.75rem' } }}
    />
  );
}
