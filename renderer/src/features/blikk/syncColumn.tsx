import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import SyncProblem from '@mui/icons-material/SyncProblem';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import type { GridApiCommon, GridColDef, GridSortCellParams } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { CustomerRow } from '../../../../shared/schemas/customer';
import type { Formats } from '../../i18n/useFormat';
import { compareSync, SYNC_KINDS, syncFailure, syncKind, syncText } from './syncStatus';

const statusOf = (params: GridSortCellParams) =>
  (params.api as GridApiCommon).getRow<CustomerRow>(params.id)?.blikk;

/**
 * The portfolio's Blikk column: filtered by kind (verified, differences, failed, …), sorted by
 * how much is open; the cell reads "Verifierad 7 dec. 2026" or "7 dec. 2026 · 3 öppna".
 */
export function syncColumn(t: TFunction, format: Formats): GridColDef<CustomerRow> {
  return {
    field: 'blikk',
    headerName: t('blikk.sync.column'),
    type: 'singleSelect',
    width: 178,
    valueOptions: SYNC_KINDS.map((kind) => ({ value: kind, label: t(`blikk.sync.kinds.${kind}`) })),
    valueGetter: (_value, row) => syncKind(row.blikk),
    sortComparator: (_a, _b, p1, p2) => {
      const a = statusOf(p1);
      const b = statusOf(p2);
      return a && b ? compareSync(a, b) : 0;
    },
    renderCell: ({ row }) => <SyncCell t={t} format={format} row={row} />,
  };
}

function SyncCell({ t, format, row }: { t: TFunction; format: Formats; row: CustomerRow }) {
  const kind = syncKind(row.blikk);
  const text = syncText(t, format.date, row.blikk);
  const failure = syncFailure(t, format.dateTime, row.blikk);
  const cell = (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.75,
        height: '100%',
        minWidth: 0,
        color: kind === 'notConnected' || kind === 'never' ? 'text.secondary' : undefined,
      }}
    >
      {kind === 'verified' && <VerifiedOutlined color="success" fontSize="small" aria-hidden />}
      {kind === 'failed' && <SyncProblem color="error" fontSize="small" aria-hidden />}
      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {text}
      </Box>
    </Box>
  );
  return failure ? <Tooltip title={failure}>{cell}</Tooltip> : cell;
}
