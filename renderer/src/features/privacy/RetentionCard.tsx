import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Retention } from '../../../../shared/schemas/privacy';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
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
    <Box
      component="form"
      noValidate
      aria-label={t('privacy.retention.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
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
        <Button type="submit" variant="contained" disabled={save.busy} sx={{ mt: 1 }}>
          {t('privacy.retention.save')}
        </Button>
      </Box>
      <Box sx={{ mt: 2 }}>
        <ErrorAlert error={save.error} />
      </Box>
    </Box>
  );
}
