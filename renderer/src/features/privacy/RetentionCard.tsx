import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Retention } from '../../../../shared/schemas/privacy';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SaveForm } from '../../components/SaveForm';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { SectionCard } from '../../components/SectionCard';
import { daysOf } from './privacyRules';

/** Under Inställningar: how long sent messages and drafts are kept. */
export function RetentionCard() {
  const { t } = useTranslation();
  const retention = useQuery('privacy:getRetention', {});
  return (
    <SectionCard title={t('privacy.retention.title')}>
      <ErrorAlert error={retention.error} onRetry={retention.reload} />
      {retention.loading && <LoadingBlock label={t('app.loading')} rows={1} />}
      {retention.data && (
        <RetentionForm key={String(retention.data.days)} stored={retention.data} />
      )}
    </SectionCard>
  );
}

function RetentionForm({ stored }: { stored: Retention }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [text, setText] = useState(stored.days === null ? '' : String(stored.days));
  const [touched, setTouched] = useState(false);
  const save = useMutation('privacy:setRetention');
  const parsed = daysOf(text);

  async function submit() {
    setTouched(true);
    if (parsed === 'invalid') return;
    const result = await save.run(parsed);
    if (result.ok) notify(t('privacy.retention.saved'));
  }

  return (
    <SaveForm
      label={t('privacy.retention.title')}
      saveLabel={t('privacy.retention.save')}
      busy={save.busy}
      error={save.error}
      onSave={() => void submit()}
    >
      <TextField
        label={t('privacy.retention.days')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={touched && parsed === 'invalid'}
        helperText={
          touched && parsed === 'invalid'
            ? t('privacy.retention.invalid')
            : t('privacy.retention.helper')
        }
        autoComplete="off"
        sx={{ flex: 1 }}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
    </SaveForm>
  );
}
