import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import WarningAmber from '@mui/icons-material/WarningAmber';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { useTranslation } from 'react-i18next';
import type { BlikkSyncStatus } from '../../../../shared/schemas/blikk';
import { useFormat } from '../../i18n/useFormat';

/** Below the checklist: "Verifierad mot Blikk", or how much the last reconciliation left open. */
export function BlikkChecklistLine({ status }: { status: BlikkSyncStatus | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!status?.connected || !status.reconciledAt) return null;
  const date = format.date(status.reconciledAt);
  const verified = status.verified;
  return (
    <Box
      role="status"
      sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 1, px: 2, py: 0.5 }}
    >
      {verified ? (
        <VerifiedOutlined color="success" aria-hidden />
      ) : (
        <WarningAmber color="warning" aria-hidden />
      )}
      <Typography color={verified ? 'success.main' : 'text.primary'}>
        {verified
          ? t('blikk.checklist.verified', { date })
          : t('blikk.checklist.open', { date, count: status.open ?? 0 })}
      </Typography>
    </Box>
  );
}
