import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/schemas/users';
import { missingLong, statusLabel } from './userTexts';

/**
 * "Komplett", or what keeps the user incomplete ("Saknar anställningsnr, löneform"); the
 * tooltip says in full what is missing, the personnummer (BankID) included.
 */
export function StatusChip({ row }: { row: Pick<UserRow, 'missing' | 'personnummerMasked'> }) {
  const { t } = useTranslation();
  const complete = row.missing.length === 0;
  const notes = row.personnummerMasked === null ? ['personnummer.missing'] : [];
  const all = [...row.missing, ...notes];
  return (
    <Chip
      size="small"
      variant="outlined"
      color={complete ? 'success' : 'warning'}
      label={statusLabel(t, row)}
      title={all.length === 0 ? undefined : missingLong(t, all).join('\n')}
      sx={{ maxWidth: '100%' }}
    />
  );
}
