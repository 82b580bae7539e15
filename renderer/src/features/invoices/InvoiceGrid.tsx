import { useCallback, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  DataGrid,
  type GridPaginationModel,
  type GridRowHeightParams,
  type GridSortModel,
} from '@mui/x-data-grid';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CustomerInvoice } from '../../../../shared/schemas/invoices';
import type { Words } from './changeText';
import {
  pageRows,
  SORT_FIELDS,
  sortCustomers,
  type InvoiceGridRow,
  type InvoiceSort,
  type SortField,
} from './invoiceRows';
import { useInvoiceColumns } from './useInvoiceColumns';
import type { Money } from './useMoney';

interface Props {
  customers: CustomerInvoice[];
  /** Changes when the search does: the grid goes back to its first page. */
  query: string;
  money: Money;
  words: Words;
}

const PAGE_SIZES = [25, 50, 100];

function NoMatch() {
  const { t } = useTranslation();
  return (
    <Box sx={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <Typography color="text.secondary">{t('invoices.grid.noMatch')}</Typography>
    </Box>
  );
}

function sortOf(model: GridSortModel): InvoiceSort | null {
  const first = model[0];
  if (!first?.sort || !(SORT_FIELDS as readonly string[]).includes(first.field)) return null;
  return { field: first.field as SortField, direction: first.sort };
}

/** Sized to its content, so an expanded customer shows all its lines without a scrollbar. */
const rowHeight = ({ model }: GridRowHeightParams) =>
  (model as InvoiceGridRow).kind === 'detail' ? 'auto' : null;
const estimatedHeight = ({ model }: GridRowHeightParams) => {
  const row = model as InvoiceGridRow;
  return row.kind === 'detail' ? 110 + 33 * row.lines.length + 20 * row.changes.length : null;
};

/**
 * The customers on the invoice, 100 to a page. The grid pages and sorts customers (server mode,
 * done here), so that an expanded customer's lines stay in the row right below it.
 */
export function InvoiceGrid({ customers, query, money, words }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [sortModel, setSortModel] = useState<GridSortModel>([]);
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 100 });
  // A new search starts on the first page (state adjusted while rendering, not in an effect).
  const [pagedQuery, setPagedQuery] = useState(query);
  if (pagedQuery !== query) {
    setPagedQuery(query);
    setPagination((p) => ({ ...p, page: 0 }));
  }

  const onToggle = useCallback((id: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const sorted = useMemo(() => sortCustomers(customers, sortOf(sortModel)), [customers, sortModel]);
  const rows = useMemo(
    () => pageRows(sorted, pagination.page, pagination.pageSize, expanded),
    [sorted, pagination, expanded],
  );
  const columns = useInvoiceColumns({ money, words, onToggle });

  return (
    <DataGrid
      aria-label={t('invoices.grid.label')}
      rows={rows}
      columns={columns}
      rowCount={sorted.length}
      paginationMode="server"
      sortingMode="server"
      paginationModel={pagination}
      onPaginationModelChange={setPagination}
      sortModel={sortModel}
      onSortModelChange={setSortModel}
      pageSizeOptions={PAGE_SIZES}
      disableColumnFilter
      disableRowSelectionOnClick
      rowHeight={48}
      columnHeaderHeight={52}
      getRowHeight={rowHeight}
      getEstimatedRowHeight={estimatedHeight}
      getRowClassName={({ row }) =>
        row.kind === 'detail'
          ? 'invoice-detail'
          : row.expanded
            ? 'invoice-customer invoice-expanded'
            : 'invoice-customer'
      }
      slots={{ noRowsOverlay: NoMatch, noResultsOverlay: NoMatch }}
      onRowClick={({ row }) => row.kind === 'customer' && onToggle(row.id)}
      onCellKeyDown={(params, event) => {
        const row = params.row;
        // A focused link or button answers Enter itself.
        if (row.kind !== 'customer' || (event.target as HTMLElement).closest('a, button')) return;
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.defaultMuiPrevented = true;
        if (params.field === 'name' && event.key === 'Enter') {
          void navigate(`/customers/${row.customerId}`);
        } else {
          onToggle(row.id);
        }
      }}
      sx={{
        '& .invoice-customer': { cursor: 'pointer' },
        '& .invoice-expanded': { bgcolor: 'action.selected' },
        '& .invoice-detail, & .invoice-detail:hover': { bgcolor: 'grey.50' },
        '& .invoice-detail .MuiDataGrid-cell': { whiteSpace: 'normal', alignItems: 'flex-start' },
        '& .tabular': { fontVariantNumeric: 'tabular-nums' },
        // The expand button fills its narrow column; the detail row's lines bring their own padding.
        '& .MuiDataGrid-cell[data-field="expand"]': { px: 0.75 },
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
