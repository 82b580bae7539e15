import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SendOutlined from '@mui/icons-material/SendOutlined';
import { useTranslation } from 'react-i18next';
import type { MailTestResult } from '../../../../shared/schemas/mail';
import { ApiError, invoke } from '../../api/client';
import { errorText } from '../../i18n/errorText';

/** The server's own words of a refused test message ("535 Invalid login"), if it gave any. */
function serverWords(error: ApiError): string | null {
  const server = (error.details as { server?: unknown } | undefined)?.server;
  return typeof server === 'string' && server ? server : null;
}

/** "Skicka testmeddelande" with the saved settings: what the server answered, in words. */
export function MailTestPanel({ configured, unsaved }: { configured: boolean; unsaved: boolean }) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<MailTestResult | ApiError | null>(null);

  async function send() {
    setSending(true);
    setOutcome(null);
    const result = await invoke('mail:test', to.trim() ? { to: to.trim() } : {});
    setSending(false);
    setOutcome(result.ok ? result.value : new ApiError(result.error));
  }

  const blocked = !configured || unsaved;
  return (
    <Box component="section" aria-label={t('mailSettings.testTitle')} sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
        {t('mailSettings.testTitle')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <TextField
          label={t('mailSettings.testTo')}
          helperText={t('mailSettings.testToHelper')}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          autoComplete="email"
          sx={{ flex: 1 }}
        />
        <Button
          variant="outlined"
          startIcon={<SendOutlined />}
          onClick={() => void send()}
          disabled={blocked || sending}
          sx={{ mt: 1 }}
        >
          {t(sending ? 'mailSettings.testSending' : 'mailSettings.testSend')}
        </Button>
      </Box>
      {blocked && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t(configured ? 'mailSettings.testSaveFirst' : 'mailSettings.testConfigureFirst')}
        </Typography>
      )}
      <Outcome outcome={outcome} />
    </Box>
  );
}

function Outcome({ outcome }: { outcome: MailTestResult | ApiError | null }) {
  const { t } = useTranslation();
  if (outcome === null) return null;
  if (outcome instanceof ApiError) {
    const server = serverWords(outcome);
    return (
      <Alert severity="error" role="alert" sx={{ mt: 2 }}>
        {errorText(t, outcome.code, outcome.details)}
        {server && (
          <Box sx={{ mt: 0.5 }}>{t('mailSettings.serverAnswer', { response: server })}</Box>
        )}
      </Alert>
    );
  }
  return (
    <Alert severity="success" role="status" sx={{ mt: 2 }}>
      {t('mailSettings.testSent', { to: outcome.to })}
      <Box sx={{ mt: 0.5 }}>{t('mailSettings.serverAnswer', { response: outcome.response })}</Box>
    </Alert>
  );
}
