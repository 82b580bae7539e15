import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import WarningAmber from '@mui/icons-material/WarningAmber';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BlikkSyncStatus } from '../../../../shared/schemas/blikk';
import { useFormat } from '../../i18n/useFormat';

/** Open gaps counted; none open but not verified: only kept differences, fixed in Blikk. */
function checklistText(t: TFunction, date: string, status: BlikkSyncStatus): string {
  if (status.verified) return t('blikk.checklist.verified', { date });
  const open = status.open ?? 0;
  return open > 0
    ? t('blikk.checklist.open', { date, count: open })
    : t('blikk.checklist.kept', { date });
}

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
        {checklistText(t, date, status)}
      </Typography>
    </Box>
  );
}
