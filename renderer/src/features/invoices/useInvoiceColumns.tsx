import { useMemo } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import ChevronRight from '@mui/icons-material/ChevronRight';
import ExpandMore from '@mui/icons-material/ExpandMore';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '../../components/visuallyHidden';
import { ChangeChips } from './ChangeChips';
import type { Words } from './changeText';
import { InvoiceLines } from './InvoiceLines';
import type { InvoiceGridRow } from './invoiceRows';
import type { Money } from './useMoney';

interface Options {
  money: Money;
  words: Words;
  onToggle: (customerId: string) => void;
}

type Column = GridColDef<InvoiceGridRow>;

/** The width (px) of the changes column from which two chips fit side by side. */
const CHIP_ROOM = 270;

/** The customer's columns; the first spans the whole detail row that holds the lines. */
export function useInvoiceColumns({ money, words, onToggle }: Options): Column[] {
  const { t } = useTranslation();
  return useMemo((): Column[] => {
    const amount = (field: 'subtotalOre' | 'listSubtotalOre' | 'marginOre', key: string) => ({
      field,
      headerName: t(`invoices.grid.columns.${key}`),
      description: t(`invoices.grid.columns.${key}Hint`),
      type: 'number' as const,
      width: 120,
      cellClassName: 'tabular',
      valueFormatter: (value: number) => money.kronor(value),
    });
    const columns: Column[] = [
      {
        field: 'expand',
        headerName: t('invoices.grid.columns.expand'),
        width: 56,
        sortable: false,
        disableColumnMenu: true,
        renderHeader: () => (
          <Box component="span" sx={visuallyHidden}>
            {t('invoices.grid.columns.expand')}
          </Box>
        ),
        renderCell: ({ row, tabIndex }) =>
          row.kind === 'detail' ? (
            <InvoiceLines customer={row} money={money} words={words} />
          ) : (
            <IconButton
              size="small"
              tabIndex={tabIndex}
              aria-expanded={row.expanded}
              aria-label={t(`invoices.grid.${row.expanded ? 'collapse' : 'expand'}`, {
                name: row.name,
              })}
              onClick={(event) => {
                event.stopPropagation();
                onToggle(row.id);
              }}
            >
              {row.expanded ? <ExpandMore /> : <ChevronRight />}
            </IconButton>
          ),
      },
      {
        field: 'name',
        headerName: t('invoices.grid.columns.name'),
        flex: 1.2,
        minWidth: 170,
        renderCell: ({ row, tabIndex }) => (
          <Link
            component={RouterLink}
            to={`/customers/${row.customerId}`}
            tabIndex={tabIndex}
            underline="hover"
            title={row.name}
            onClick={(event) => event.stopPropagation()}
            sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          >
            {row.name}
          </Link>
        ),
      },
      { field: 'orgnr', headerName: t('invoices.grid.columns.orgnr'), width: 116 },
      {
        field: 'licences',
        headerName: t('invoices.grid.columns.licences'),
        type: 'number',
        width: 84,
        valueFormatter: (value: number) => words.number(value),
      },
      amount('subtotalOre', 'amount'),
      amount('listSubtotalOre', 'list'),
      amount('marginOre', 'margin'),
      {
        field: 'changes',
        headerName: t('invoices.grid.columns.changes'),
        flex: 1,
        minWidth: 160,
        sortable: false,
        renderCell: ({ row, colDef }) => (
          <ChangeChips
            changes={row.changes}
            words={words}
            max={colDef.computedWidth >= CHIP_ROOM ? 2 : 1}
          />
        ),
      },
    ];
    const span = columns.length;
    columns[0] = { ...columns[0]!, colSpan: (_value, row) => (row.kind === 'detail' ? span : 1) };
    return columns;
  }, [t, money, words, onToggle]);
}
