import { useMemo } from 'react';
import Box from '@mui/material/Box';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/schemas/mail';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { OutboxStateChip } from './OutboxStateChip';

/**
 * The outbox grid's columns: who, how it went and why (visible without scrolling at 1280 px),
 * then the customer, the kind of message and when (Swedish dates).
 */
export function useOutboxColumns(): GridColDef<OutboxItem>[] {
  const { t } = useTranslation();
  const { dateTime, number } = useFormat();
  return useMemo((): GridColDef<OutboxItem>[] => {
    const c = (key: string) => t(`messaging.outbox.columns.${key}`);
    const when = (value: string | null) => (value ? dateTime(value) : '');
    return [
      { field: 'recipient', headerName: c('recipient'), width: 260 },
      {
        field: 'state',
        headerName: c('state'),
        width: 190,
        valueGetter: (value: string) => t(`messaging.outbox.states.${value}`),
        renderCell: ({ row }) => <OutboxStateChip state={row.state} />,
      },
      {
        field: 'errorText',
        headerName: c('error'),
        width: 280,
        // The code in Swedish, and the server's own words when it gave any.
        valueGetter: (_value, row) =>
          row.errorCode || row.errorText
            ? [row.errorCode ? errorText(t, row.errorCode) : '', row.errorText ?? '']
                .filter(Boolean)
                .join(' – ')
            : '',
        // Long reasons are cut in the cell: the whole sentence on hover.
        renderCell: ({ value }: { value?: string }) => (
          <Box component="span" title={value} sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {value}
          </Box>
        ),
      },
      { field: 'customerName', headerName: c('customer'), width: 190 },
      {
        field: 'kind',
        headerName: c('kind'),
        width: 150,
        valueGetter: (value: string) => t(`messaging.outbox.kinds.${value}`),
      },
      {
        field: 'attempts',
        headerName: c('attempts'),
        width: 80,
        type: 'number',
        valueFormatter: (value: number) => number(value),
      },
      {
        field: 'nextAttemptAt',
        headerName: c('nextAttempt'),
        width: 150,
        // Only a queued message waits for a next attempt.
        valueGetter: (value: string | null, row) => (row.state === 'queued' ? value : null),
        valueFormatter: when,
      },
      { field: 'createdAt', headerName: c('created'), width: 150, valueFormatter: when },
      { field: 'sentAt', headerName: c('sent'), width: 150, valueFormatter: when },
    ];
  }, [t, dateTime, number]);
}
