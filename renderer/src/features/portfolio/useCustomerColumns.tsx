import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../shared/schemas/customer';
import { OnboardingChip } from '../../components/OnboardingChip';
import { useFormat } from '../../i18n/useFormat';
import { syncColumn } from '../blikk/syncColumn';
import { invoicingLabel } from './invoicingLabel';

/** Done customers sort after every open step. */
const DONE = 6;

/** Swedish alphabetical order (… X Y Z Å Ä Ö), whatever the UI language. */
const swedish = new Intl.Collator('sv');

export function useCustomerColumns(flagged: ReadonlySet<string>): GridColDef<CustomerRow>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(
    (): GridColDef<CustomerRow>[] => [
      {
        field: 'name',
        headerName: t('portfolio.columns.name'),
        flex: 1,
        minWidth: 170,
        sortComparator: (a: string, b: string) => swedish.compare(a, b),
        renderCell: ({ row, tabIndex }) => (
          <Link
            component={RouterLink}
            to={`/customers/${row.id}`}
            tabIndex={tabIndex}
            underline="hover"
            title={row.name}
            sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          >
            {row.name}
          </Link>
        ),
      },
      // Short, as in the invoices' grid: at 1280 pixels the Blikk column still fits beside it.
      { field: 'orgnr', headerName: t('portfolio.columns.orgnr'), width: 116 },
      {
        field: 'version',
        headerName: t('portfolio.columns.version'),
        width: 76,
        valueGetter: (_value, row) => t(`common.versionShort.${row.version}`),
      },
      {
        field: 'licences',
        headerName: t('portfolio.columns.licences'),
        type: 'number',
        width: 84,
        valueFormatter: (value: number) => format.number(value),
      },
      {
        field: 'invoicing',
        headerName: t('portfolio.columns.invoicing'),
        flex: 1.3,
        minWidth: 190,
        valueGetter: (_value, row) => invoicingLabel(t, row.payer, row.method),
        renderCell: ({ row, value }) => (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
            <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {String(value)}
            </Box>
            {flagged.has(row.id) && (
              <Chip size="small" color="warning" label={t('bureau.agreementMissing.chip')} />
            )}
          </Box>
        ),
      },
      {
        field: 'onboarding',
        headerName: t('portfolio.columns.onboarding'),
        width: 156,
        valueGetter: (_value, row) => row.onboarding.next ?? DONE,
        renderCell: ({ row }) => <OnboardingChip onboarding={row.onboarding} />,
      },
      syncColumn(t, format),
      {
        field: 'updatedAt',
        headerName: t('portfolio.columns.updatedAt'),
        width: 164,
        valueFormatter: (value: string) => format.dateTime(value),
      },
    ],
    [t, format, flagged],
  );
}
