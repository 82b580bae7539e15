import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BlikkTestResult } from '../../../../shared/schemas/blikk';
import { ApiError, invoke } from '../../api/client';
import { useMutation } from '../../api/useMutation';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notifier';
import { TestOutcome } from './TestOutcome';

interface Props {
  customerId: string;
  onClose: () => void;
}

/** "Anslut": the API application's id and secret, tried with "Testa anslutning" before saving. */
export function ConnectDialog({ customerId, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [appId, setAppId] = useState('');
  const [appSecret, setAppSecret] = useState('');
  const [missing, setMissing] = useState(false);
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<BlikkTestResult | ApiError | null>(null);
  const connect = useMutation('blikk:connect');
  const typed = { customerId, appId: appId.trim(), appSecret: appSecret.trim() };
  const complete = typed.appId !== '' && typed.appSecret !== '';

  async function test() {
    if (!complete) return setMissing(true);
    setTesting(true);
    setOutcome(null);
    const result = await invoke('blikk:test', typed);
    setTesting(false);
    setOutcome(result.ok ? result.value : new ApiError(result.error));
  }

  async function save() {
    if (!complete) return setMissing(true);
    const result = await connect.run(typed);
    if (!result.ok) return;
    notify(t('blikk.connect.saved'));
    onClose();
  }

  return (
    <FormDialog
      title={t('blikk.connect.title')}
      maxWidth="sm"
      onClose={onClose}
      onSubmit={() => void save()}
      error={connect.error}
      confirmLabel={t('blikk.connect.save')}
      confirmDisabled={connect.busy}
      buttons={
        <Button onClick={() => void test()} disabled={testing || connect.busy}>
          {t(testing ? 'blikk.card.testing' : 'blikk.connect.test')}
        </Button>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('blikk.connect.intro')}
      </Typography>
      <TextField
        label={t('blikk.connect.appId')}
        value={appId}
        onChange={(event) => setAppId(event.target.value)}
        required
        fullWidth
        autoFocus
        autoComplete="off"
        error={missing && typed.appId === ''}
        sx={{ mb: 2 }}
      />
      <TextField
        label={t('blikk.connect.appSecret')}
        type="password"
        value={appSecret}
        onChange={(event) => setAppSecret(event.target.value)}
        required
        fullWidth
        autoComplete="new-password"
        error={missing && typed.appSecret === ''}
        helperText={t('blikk.connect.appSecretHelper')}
      />
      {missing && !complete && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {t('blikk.connect.required')}
        </Alert>
      )}
      <TestOutcome outcome={outcome} />
    </FormDialog>
  );
}
