import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN } from '../../../../shared/schemas/backup';
import { ApiError, invoke } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { downloadBase64 } from '../../components/download';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notifier';
import { fileToBase64 } from '../userImport/readFile';

interface Props {
  /** The team database's URL as the form above has it, null while incomplete. */
  url: string | null;
  /** The password typed above, if any (else the stored one or PGPASSWORD). */
  password: string;
  /** Kundstart runs on the team database now: its key can be exported. */
  onTeam: boolean;
}

/**
 * "Teamets nyckel" (issue 16 item 4): whether this desktop has the team database's key, its
 * export to a passphrase-protected file for a colleague, and the import of a colleague's file,
 * which the core checks against the team database before storing it.
 */
export function TeamKeySection({ url, password, onTeam }: Props) {
  const { t } = useTranslation();
  const status = useQuery('database:keyStatus', {});
  const [dialog, setDialog] = useState<'export' | 'import' | null>(null);
  const keyHere = status.data?.keyHere ?? false;
  return (
    <Box component="section" aria-labelledby="team-key-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="team-key-title" variant="subtitle1" component="h3">
        {t('teamKey.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('teamKey.intro')}
      </Typography>
      {status.data?.team && (
        <Alert severity={keyHere ? 'success' : 'warning'} role="status">
          {keyHere ? t('teamKey.here') : t('teamKey.missing')}
        </Alert>
      )}
      {!onTeam && (
        <Typography variant="body2" color="text.secondary">
          {t('teamKey.exportNeedsTeam')}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="outlined" disabled={!onTeam} onClick={() => setDialog('export')}>
          {t('teamKey.export')}
        </Button>
        <Button variant="outlined" onClick={() => setDialog('import')}>
          {t('teamKey.import')}
        </Button>
      </Box>
      {dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} />}
      {dialog === 'import' && (
        <ImportDialog
          url={url}
          password={password}
          onClose={() => setDialog(null)}
          onImported={status.reload}
        />
      )}
    </Box>
  );
}

/** A passphrase, asked twice, then the key file saved where the user chooses. */
function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const mismatch = again.length > 0 && again !== passphrase;
  const ready = passphrase.length >= PASSPHRASE_MIN && again === passphrase;

  async function save() {
    if (!ready) return;
    setBusy(true);
    setError(null);
    const result = await invoke('database:keyExport', { passphrase });
    setBusy(false);
    if (!result.ok) return setError(new ApiError(result.error));
    downloadBase64(result.value.fileName, result.value.base64, 'application/json');
    notify(t('teamKey.saved', { fileName: result.value.fileName }));
    onClose();
  }

  return (
    <FormDialog
      title={t('teamKey.exportTitle')}
      maxWidth="sm"
      onClose={onClose}
      onSubmit={() => void save()}
      error={error}
      confirmLabel={busy ? t('teamKey.saving') : t('teamKey.save')}
      confirmDisabled={busy || !ready}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('teamKey.exportHelp', { min: PASSPHRASE_MIN })}
      </Typography>
      <TextField
        type="password"
        label={t('teamKey.passphrase')}
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        autoComplete="new-password"
        autoFocus
        fullWidth
        margin="dense"
      />
      <TextField
        type="password"
        label={t('teamKey.passphraseAgain')}
        value={again}
        onChange={(event) => setAgain(event.target.value)}
        error={mismatch}
        helperText={mismatch ? t('teamKey.passphraseMismatch') : ' '}
        autoComplete="new-password"
        fullWidth
        margin="dense"
      />
    </FormDialog>
  );
}

interface ImportProps {
  url: string | null;
  password: string;
  onClose: () => void;
  onImported: () => void;
}

/** A colleague's key file and its passphrase, checked by the core against the team database. */
function ImportDialog({ url, password, onClose, onImported }: ImportProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ready = Boolean(url) && file !== null && passphrase.length > 0;

  async function run() {
    if (!url || !file) return;
    setBusy(true);
    setError(null);
    const result = await invoke('database:keyImport', {
      url,
      ...(password ? { password } : {}),
      fileName: file.name,
      base64: await fileToBase64(file),
      passphrase,
    });
    setBusy(false);
    if (!result.ok) return setError(new ApiError(result.error));
    notify(t('teamKey.imported'));
    onImported();
    onClose();
  }

  return (
    <FormDialog
      title={t('teamKey.importTitle')}
      maxWidth="sm"
      onClose={onClose}
      onSubmit={() => void run()}
      error={error}
      confirmLabel={busy ? t('teamKey.importing') : t('teamKey.importNow')}
      confirmDisabled={busy || !ready}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        {url ? t('teamKey.importHelp') : t('teamKey.noAddress')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Button variant="outlined" component="label">
          {t('teamKey.chooseFile')}
          <input
            hidden
            type="file"
            accept=".json"
            aria-label={t('teamKey.file')}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </Button>
        <Typography variant="body2">{file?.name ?? t('teamKey.noFile')}</Typography>
      </Box>
      <TextField
        type="password"
        label={t('teamKey.passphrase')}
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        autoComplete="current-password"
        fullWidth
        margin="dense"
      />
    </FormDialog>
  );
}
