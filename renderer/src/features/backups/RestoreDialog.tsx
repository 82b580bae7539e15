import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AutomaticBackup } from '../../../../shared/schemas/backup';
import { ApiError, invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/useFormat';
import { fileToBase64 } from '../userImport/readFile';

/** What to restore: a listed automatic backup, or a backup file the user picks here. */
export type RestoreSource = { from: 'automatic'; backup: AutomaticBackup } | { from: 'file' };

/**
 * Asks before replacing everything. The core checks the backup first and refuses a wrong
 * passphrase or a damaged file with nothing changed; once restored, the window reloads so every
 * page shows the restored data.
 */
export function RestoreDialog({ source, onClose }: { source: RestoreSource; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ready = source.from === 'automatic' || (file !== null && passphrase.length > 0);

  async function restore() {
    setBusy(true);
    setError(null);
    const result =
      source.from === 'automatic'
        ? await invoke('backups:restore', { from: 'automatic', name: source.backup.name })
        : await invoke('backups:restore', {
            from: 'file',
            fileName: file!.name,
            base64: await fileToBase64(file!),
            passphrase,
          });
    if (!result.ok) {
      setBusy(false);
      return setError(new ApiError(result.error));
    }
    window.location.reload();
  }

  return (
    <ConfirmDialog
      open
      title={t('backups.confirmTitle')}
      body={
        source.from === 'automatic'
          ? t('backups.confirmAutomatic', { at: format.dateTime(source.backup.at) })
          : t('backups.confirmFile')
      }
      confirmLabel={busy ? t('backups.restoring') : t('backups.confirm')}
      confirmDisabled={busy || !ready}
      onConfirm={() => void restore()}
      onClose={onClose}
    >
      {source.from === 'file' && (
        <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <Button variant="outlined" component="label">
              {t('backups.chooseFile')}
              <input
                hidden
                type="file"
                accept=".kundstart"
                aria-label={t('backups.file')}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            </Button>
            <Typography variant="body2">{file?.name ?? t('backups.noFile')}</Typography>
          </Box>
          <TextField
            type="password"
            label={t('backups.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            autoComplete="current-password"
            fullWidth
          />
        </Box>
      )}
      <Box sx={{ mt: 2 }}>
        <ErrorAlert error={error} />
      </Box>
    </ConfirmDialog>
  );
}
