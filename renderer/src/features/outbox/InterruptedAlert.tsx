import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

interface Props {
  count: number;
  busy: boolean;
  onMarkSent: () => void;
  onResend: () => void;
}

/**
 * Messages whose sending was cut off (the app closed mid-send) are never resent by themselves:
 * staff say whether each arrived.
 */
export function InterruptedAlert({ count, busy, onMarkSent, onResend }: Props) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{t('messaging.outbox.interruptedTitle')}</AlertTitle>
      {t('messaging.outbox.interruptedBody', { count })}
      <Box sx={{ display: 'flex', gap: 1, mt: 1.5 }}>
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          disabled={busy}
          onClick={onMarkSent}
        >
          {t('messaging.outbox.markSent')}
        </Button>
        <Button size="small" variant="contained" color="warning" disabled={busy} onClick={onResend}>
          {t('messaging.outbox.resend')}
        </Button>
      </Box>
    </Alert>
  );
}
