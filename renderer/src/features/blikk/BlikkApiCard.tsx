import { useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BlikkSettings } from '../../../../shared/schemas/blikk';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { SaveForm } from '../../components/SaveForm';
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
    <SaveForm
      label={t('blikk.settings.title')}
      saveLabel={t('blikk.settings.save')}
      busy={save.busy}
      error={save.error}
      onSave={() => void submit()}
      before={
        settings.source === 'env' && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('blikk.settings.envOverride', { url: settings.apiUrl })}
          </Alert>
        )
      }
    >
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
    </SaveForm>
  );
}
