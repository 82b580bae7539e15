import { useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { UpdatePreferences } from '../../../../shared/schemas/app';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { SaveForm } from '../../components/SaveForm';
import { SectionCard } from '../../components/SectionCard';

/** Under Inställningar: automatic updates of the desktop app from the bureau's own feed. */
export function UpdatesCard() {
  const { t } = useTranslation();
  const preferences = useQuery('preferences:get', {});
  return (
    <SectionCard title={t('updates.title')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('updates.intro')}
      </Typography>
      <ErrorAlert error={preferences.error} onRetry={preferences.reload} />
      {preferences.loading && <LoadingBlock label={t('app.loading')} rows={2} />}
      {preferences.data && (
        <UpdatesForm
          key={JSON.stringify(preferences.data.updates)}
          saved={preferences.data.updates}
          onSaved={preferences.reload}
        />
      )}
    </SectionCard>
  );
}

/** https://… and nothing else: what the contract accepts, said before the round trip. */
function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function UpdatesForm({ saved, onSaved }: { saved: UpdatePreferences; onSaved: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [enabled, setEnabled] = useState(saved.enabled);
  const [feedUrl, setFeedUrl] = useState(saved.feedUrl);
  const [touched, setTouched] = useState(false);
  const save = useMutation('preferences:set');
  const url = feedUrl.trim();
  const problem =
    url !== '' && !isHttps(url)
      ? t('updates.notHttps')
      : enabled && url === ''
        ? t('updates.feedMissing')
        : null;

  async function submit() {
    setTouched(true);
    if (problem) return;
    const result = await save.run({ updates: { enabled, feedUrl: url } });
    if (!result.ok) return;
    notify(t('updates.saved'));
    onSaved();
  }

  return (
    <SaveForm
      label={t('updates.title')}
      saveLabel={t('updates.save')}
      busy={save.busy}
      error={save.error}
      onSave={() => void submit()}
      before={
        <FormControlLabel
          control={
            <Switch checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          }
          label={t('updates.enabled')}
        />
      }
    >
      <TextField
        label={t('updates.feedUrl')}
        value={feedUrl}
        onChange={(event) => setFeedUrl(event.target.value)}
        onBlur={() => setTouched(true)}
        placeholder="https://"
        helperText={(touched && problem) || t('updates.feedHelp')}
        error={(touched && problem !== null) || save.error !== null}
        autoComplete="off"
        sx={{ flex: 1 }}
        slotProps={{ htmlInput: { inputMode: 'url' } }}
      />
    </SaveForm>
  );
}
