import { useMemo } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DirectCustomer } from '../../../../shared/schemas/invoices';
import { useFormat } from '../../i18n/useFormat';
import { invoicingLabel } from '../portfolio/invoicingLabel';

/** Customers Blikk invoices itself: listed for completeness, never summed. Closed by default. */
export function DirectCustomers({ customers }: { customers: DirectCustomer[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = t('invoices.direct.count', {
    count: customers.length,
    formatted: format.number(customers.length),
  });
  return (
    <Accordion
      variant="outlined"
      disableGutters
      sx={{ mt: 2.5, borderRadius: 2, '&::before': { display: 'none' } }}
      slotProps={{ transition: { unmountOnExit: true }, heading: { component: 'h2' } }}
    >
      <AccordionSummary expandIcon={<ExpandMore />} sx={{ px: 2.5 }}>
        <Typography variant="h6" component="span" sx={{ mr: 1.5 }}>
          {t('invoices.direct.heading')}
        </Typography>
        <Chip size="small" label={count} />
      </AccordionSummary>
      <AccordionDetails sx={{ px: 2.5, pb: 2.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {customers.length === 0 ? t('invoices.direct.none') : t('invoices.direct.body')}
        </Typography>
        {customers.length > 0 && <DirectGrid customers={customers} />}
      </AccordionDetails>
    </Accordion>
  );
}

function DirectGrid({ customers }: { customers: DirectCustomer[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = useMemo(
    (): GridColDef<DirectCustomer>[] => [
      {
        field: 'name',
        headerName: t('invoices.grid.columns.name'),
        flex: 1,
        minWidth: 200,
        renderCell: ({ row, tabIndex }) => (
          <Link component={RouterLink} to={`/customers/${row.id}`} tabIndex={tabIndex}>
            {row.name}
          </Link>
        ),
      },
      { field: 'orgnr', headerName: t('invoices.grid.columns.orgnr'), width: 130 },
      {
        field: 'licences',
        headerName: t('invoices.grid.columns.licences'),
        type: 'number',
        width: 100,
        valueFormatter: (value: number) => format.number(value),
      },
      {
        field: 'invoicing',
        headerName: t('invoices.direct.invoicing'),
        flex: 1,
        minWidth: 200,
        valueGetter: (_value, row) => invoicingLabel(t, row.payer, row.method),
      },
    ],
    [t, format],
  );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', maxHeight: 520, minHeight: 160 }}>
      <DataGrid
        aria-label={t('invoices.direct.label')}
        rows={customers}
        columns={columns}
        rowHeight={44}
        disableRowSelectionOnClick
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
      />
    </Box>
  );
}
