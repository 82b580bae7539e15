import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN } from '../../../../shared/schemas/backup';
import { ApiError, invoke } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notifier';

/** A passphrase, asked twice, then the encrypted backup file saved where the user chooses. */
export function BackupNowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const mismatch = again.length > 0 && again !== passphrase;

  async function save() {
    if (passphrase.length < PASSPHRASE_MIN || again !== passphrase) return;
    setBusy(true);
    setError(null);
    const result = await invoke('backups:create', { passphrase });
    setBusy(false);
    if (!result.ok) return setError(new ApiError(result.error));
    downloadBase64(result.value.fileName, result.value.base64, 'application/octet-stream');
    notify(t('backups.saved', { fileName: result.value.fileName }));
    onClose();
  }

  return (
    <FormDialog
      title={t('backups.backupNow')}
      maxWidth="sm"
      onClose={onClose}
      onSubmit={() => void save()}
      error={error}
      confirmLabel={busy ? t('backups.saving') : t('backups.save')}
      confirmDisabled={busy || passphrase.length < PASSPHRASE_MIN || again !== passphrase}
    >
      <TextField
        type="password"
        label={t('backups.passphrase')}
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        helperText={t('backups.passphraseHelp', { min: PASSPHRASE_MIN })}
        autoComplete="new-password"
        autoFocus
        fullWidth
        margin="dense"
      />
      <TextField
        type="password"
        label={t('backups.passphraseAgain')}
        value={again}
        onChange={(event) => setAgain(event.target.value)}
        error={mismatch}
        helperText={mismatch ? t('backups.passphraseMismatch') : ' '}
        autoComplete="new-password"
        fullWidth
        margin="dense"
      />
    </FormDialog>
  );
}
