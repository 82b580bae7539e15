import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/schemas/users';
import { missingLong, statusLabel } from './userTexts';

/** "Komplett", or what keeps the user incomplete ("Saknar anställningsnr, löneform"). */
export function StatusChip({ row }: { row: Pick<UserRow, 'missing'> }) {
  const { t } = useTranslation();
  const complete = row.missing.length === 0;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={complete ? 'success' : 'warning'}
      label={statusLabel(t, row)}
      title={complete ? undefined : missingLong(t, row.missing).join('\n')}
      sx={{ maxWidth: '100%' }}
    />
  );
}
