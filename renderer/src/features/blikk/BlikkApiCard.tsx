import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BlikkSettings } from '../../../../shared/schemas/blikk';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { SectionCard } from '../../components/SectionCard';

/** Under Inställningar: the Blikk API address, and whether the environment overrides it. */
export function BlikkApiCard() {
  const { t } = useTranslation();
  const settings = useQuery('blikk:getSettings', {});
  return (
    <SectionCard title={t('blikk.settings.title')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('blikk.settings.intro')}
      </Typography>
      <ErrorAlert error={settings.error} onRetry={settings.reload} />
      {settings.loading && <LoadingBlock label={t('app.loading')} rows={2} />}
      {settings.data && (
        <ApiUrlForm
          key={settings.data.storedUrl}
          settings={settings.data}
          onSaved={settings.reload}
        />
      )}
    </SectionCard>
  );
}

function ApiUrlForm({ settings, onSaved }: { settings: BlikkSettings; onSaved: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [url, setUrl] = useState(settings.storedUrl);
  const save = useMutation('blikk:saveSettings');

  async function submit() {
    const result = await save.run({ apiUrl: url.trim() });
    if (!result.ok) return;
    notify(t('blikk.settings.saved'));
    onSaved();
  }

  return (
    <Box
      component="form"
      noValidate
      aria-label={t('blikk.settings.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {settings.source === 'env' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('blikk.settings.envOverride', { url: settings.apiUrl })}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <TextField
          label={t('blikk.settings.apiUrl')}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder={settings.source === 'default' ? settings.apiUrl : undefined}
          helperText={t('blikk.settings.inUse', { url: settings.apiUrl })}
          error={save.error !== null}
          autoComplete="off"
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { inputMode: 'url' } }}
        />
        <Button type="submit" variant="contained" disabled={save.busy} sx={{ mt: 1 }}>
          {t('blikk.settings.save')}
        </Button>
      </Box>
      <Box sx={{ mt: 2 }}>
        <ErrorAlert error={save.error} />
      </Box>
    </Box>
  );
}
