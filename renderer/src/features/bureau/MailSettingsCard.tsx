import { useCallback, useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MailSettings, MailSettingsInput } from '../../../../shared/schemas/mail';
import { ApiError, invoke } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { FormTextField } from '../../components/form/FormTextField';
import { useUnsavedGuard } from '../../components/form/useUnsavedGuard';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { SectionCard } from '../../components/SectionCard';
import { serverIssues } from '../collaboration/serverIssues';
import { MailPasswordField } from './MailPasswordField';
import { MailTestPanel } from './MailTestPanel';
import {
  mailSettingsResolver,
  mailSettingsValues,
  portAfterSecurityChange,
  type MailSettingsValues,
} from './mailSettingsForm';

/** On the bureau page: the SMTP server the bureau's messages are sent from, and a test message. */
export function MailSettingsCard({ bureauName }: { bureauName: string }) {
  const { t } = useTranslation();
  const settings = useQuery('mail:getSettings', {});
  return (
    <SectionCard title={t('mailSettings.title')} sx={{ maxWidth: 760, mt: 3 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('mailSettings.intro')}
      </Typography>
      <ErrorAlert error={settings.error} onRetry={settings.reload} />
      {settings.loading ? (
        <LoadingBlock label={t('app.loading')} rows={4} />
      ) : (
        settings.data !== undefined && (
          <MailSettingsForm
            key={settings.data?.updatedAt ?? 'new'}
            settings={settings.data}
            bureauName={bureauName}
            onSaved={settings.reload}
          />
        )
      )}
    </SectionCard>
  );
}

interface FormProps {
  settings: MailSettings | null;
  bureauName: string;
  onSaved: () => void;
}

function MailSettingsForm({ settings, bureauName, onSaved }: FormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [error, setError] = useState<ApiError | null>(null);
  const form = useForm<MailSettingsValues, unknown, MailSettingsInput>({
    defaultValues: mailSettingsValues(settings, bureauName),
    resolver: mailSettingsResolver,
    mode: 'onTouched',
  });
  const { control, handleSubmit, setError: setFieldError, formState } = form;
  useUsualPort(form);
  // A typed password is lost on leaving like any change: ask first ("E-post har ändringar …").
  const unsaved = useCallback(() => form.formState.isDirty, [form.formState]);
  const guard = useUnsavedGuard(unsaved, t('mailSettings.title'));

  async function save(input: MailSettingsInput) {
    setError(null);
    const result = await invoke('mail:saveSettings', input);
    if (!result.ok) {
      for (const issue of serverIssues(result.error.details)) {
        setFieldError(issue.field as keyof MailSettingsValues, {
          type: 'server',
          message: issue.code,
        });
      }
      return setError(new ApiError(result.error));
    }
    notify(t('mailSettings.saved'));
    onSaved();
  }

  const field = (name: keyof MailSettingsValues) => ({
    control,
    name,
    label: t(`mailSettings.${name}`),
  });
  return (
    <>
      <Box
        component="form"
        noValidate
        aria-label={t('mailSettings.title')}
        onSubmit={handleSubmit(save)}
      >
        <Box sx={{ display: 'grid', gridTemplateColumns: '3fr 1fr', gap: 2, mb: 2 }}>
          <FormTextField
            {...field('host')}
            helperText={t('mailSettings.hostHelper')}
            required
            autoComplete="off"
          />
          <FormTextField
            {...field('port')}
            required
            invalidText={t('mailSettings.portInvalid')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Box>
        <FormRadioGroup
          control={control}
          name="security"
          legend={t('mailSettings.security')}
          row
          helperText={t('mailSettings.noneHelper')}
          options={[
            { value: 'starttls', label: t('mailSettings.starttls') },
            { value: 'tls', label: t('mailSettings.tls') },
            { value: 'none', label: t('mailSettings.none') },
          ]}
        />
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, my: 2 }}>
          <FormTextField
            {...field('username')}
            helperText={t('mailSettings.usernameHelper')}
            autoComplete="username"
          />
          <MailPasswordField control={control} hasPassword={settings?.hasPassword ?? false} />
          <FormTextField {...field('senderName')} helperText={t('mailSettings.senderNameHelper')} />
          <FormTextField {...field('senderAddress')} required autoComplete="email" />
          <FormTextField {...field('replyTo')} helperText={t('mailSettings.replyToHelper')} />
          <FormTextField
            {...field('retentionDays')}
            required
            helperText={t('mailSettings.retentionHelper')}
            invalidText={t('mailSettings.retentionInvalid')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Box>
        <ErrorAlert error={error} />
        {error === null && Object.keys(formState.errors).length > 0 && formState.isSubmitted && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {t('mailSettings.fixErrors')}
          </Alert>
        )}
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {t('mailSettings.save')}
        </Button>
      </Box>
      <MailTestPanel configured={settings !== null} unsaved={formState.isDirty} />
      {guard}
    </>
  );
}

/** Choosing another security moves the port to its usual one, unless a port was typed. */
function useUsualPort(
  form: ReturnType<typeof useForm<MailSettingsValues, unknown, MailSettingsInput>>,
) {
  const security = useWatch({ control: form.control, name: 'security' });
  const previous = useRef(security);
  useEffect(() => {
    if (previous.current === security) return;
    const port = portAfterSecurityChange(form.getValues('port'), previous.current, security);
    previous.current = security;
    form.setValue('port', port, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  }, [security, form]);
}
