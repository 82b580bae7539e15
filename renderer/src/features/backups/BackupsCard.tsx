import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HiddenHeaderCell } from '../../components/HiddenHeaderCell';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../i18n/useFormat';
import { BackupNowDialog } from './BackupNowDialog';
import { RestoreDialog, type RestoreSource } from './RestoreDialog';

/** Inställningar's Säkerhetskopior: the automatic backups, a backup file now, a restore. */
export function BackupsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery('backups:list', {});
  const [backingUp, setBackingUp] = useState(false);
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
  const megabytes = (bytes: number) =>
    t('backups.megabytes', { size: format.number(Math.round(bytes / 100_000) / 10) });

  return (
    <SectionCard title={t('backups.title')}>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('backups.intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={() => setBackingUp(true)}>
          {t('backups.backupNow')}
        </Button>
        <Button variant="outlined" onClick={() => setRestoring({ from: 'file' })}>
          {t('backups.restoreFromFile')}
        </Button>
      </Box>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {list.loading && <Skeleton variant="rounded" height={120} />}
      {list.data?.length === 0 && <Typography variant="body2">{t('backups.none')}</Typography>}
      {list.data && list.data.length > 0 && (
        <Table size="small" aria-label={t('backups.listLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('backups.at')}</TableCell>
              <TableCell>{t('backups.kind')}</TableCell>
              <TableCell align="right">{t('backups.size')}</TableCell>
              <HiddenHeaderCell label={t('backups.restore')} />
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.map((backup) => (
              <TableRow key={backup.name}>
                <TableCell>{format.dateTime(backup.at)}</TableCell>
                <TableCell>{t(`backups.kinds.${backup.kind}`)}</TableCell>
                <TableCell align="right">{megabytes(backup.bytes)}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    aria-label={t('backups.restoreRow', { at: format.dateTime(backup.at) })}
                    onClick={() => setRestoring({ from: 'automatic', backup })}
                  >
                    {t('backups.restore')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {backingUp && <BackupNowDialog onClose={() => setBackingUp(false)} />}
      {restoring && <RestoreDialog source={restoring} onClose={() => setRestoring(null)} />}
    </SectionCard>
  );
}
