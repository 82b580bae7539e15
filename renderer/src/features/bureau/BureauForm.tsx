import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BureauInput, BureauProfile } from '../../../../shared/schemas/bureau';
import { ApiError, invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { normalizeOrgnr } from '../../components/form/normalize';
import { FormTextField } from '../../components/form/FormTextField';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { serverIssues } from '../collaboration/serverIssues';
import { useCollectiveCustomers } from './useCollectiveCustomers';
import { StaleDialog } from '../../components/StaleDialog';
import { staleChanges } from '../../components/staleChanges';
import { mergeMine } from '../../components/staleMerge';
import { colleagueOf, type StaleSave } from '../../components/staleRefusal';
import {
  bureauResolver,
  bureauStaleFields,
  bureauValues,
  type BureauFormValues,
} from './bureauForm';

export function BureauForm({ profile }: { profile: BureauProfile | null }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  const [error, setError] = useState<ApiError | null>(null);
  const form = useForm<BureauFormValues, unknown, BureauInput>({
    defaultValues: bureauValues(profile),
    resolver: bureauResolver,
    mode: 'onChange',
  });
  const { control, handleSubmit, reset, setError: setFieldError, formState } = form;
  const reseller = useWatch({ control, name: 'resellerAgreement' });

  // Removing the agreement leaves customers on samlingsfaktura at reseller prices: ask first.
  const onCollective = useCollectiveCustomers().data?.customers.length ?? 0;
  const [removing, setRemoving] = useState<BureauInput | null>(null);
  // The saved profile the next save is made over: the one read, or a colleague's newer one.
  const [base, setBase] = useState(profile);
  const [stale, setStale] = useState<StaleSave<BureauProfile, BureauFormValues> | null>(null);
  // A colleague's save shows up in an untouched form; typed values stay (and meet the dialog).
  const dirty = formState.isDirty;
  useEffect(() => {
    if (!profile || profile.recordVersion === base?.recordVersion || dirty) return;
    setBase(profile);
    reset(bureauValues(profile));
  }, [profile, base, dirty, reset]);

  async function submit(input: BureauInput) {
    if (profile?.resellerAgreement && !input.resellerAgreement && onCollective > 0) {
      setRemoving(input);
      return;
    }
    await save(input);
  }

  async function save(input: BureauInput, over = base) {
    setRemoving(null);
    setError(null);
    const version = over ? { recordVersion: over.recordVersion } : {};
    const result = await invoke('bureau:save', { ...input, ...version });
    if (!result.ok) {
      const colleague = over ? colleagueOf<BureauProfile>(result.error, 'bureau') : null;
      if (over && colleague) {
        return setStale({ read: over, values: form.getValues(), ...colleague });
      }
      for (const issue of serverIssues(result.error.details)) {
        setFieldError(issue.field as keyof BureauFormValues, {
          type: 'server',
          message: issue.code,
        });
      }
      return setError(new ApiError(result.error));
    }
    setBase(result.value);
    reset(bureauValues(result.value));
    notify(t('bureau.saved'));
  }

  /** "Använd mina ändringar": the fields changed here go over the colleague's version. */
  async function reapply() {
    if (!stale) return;
    const { read, values, theirs } = stale;
    setBase(theirs);
    setStale(null);
    reset(mergeMine(bureauValues(read), values, bureauValues(theirs)));
    await handleSubmit((input) => save(input, theirs))();
  }

  function takeTheirs() {
    if (!stale) return;
    setBase(stale.theirs);
    reset(bureauValues(stale.theirs));
    setStale(null);
  }

  return (
    <Paper
      component="form"
      variant="outlined"
      noValidate
      aria-label={t('bureau.title')}
      onSubmit={handleSubmit(submit)}
      sx={{ p: 3, maxWidth: 760 }}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '3fr 2fr', gap: 2, mb: 2 }}>
        <FormTextField
          control={control}
          name="name"
          label={t('bureau.name')}
          required
          autoComplete="organization"
        />
        <FormTextField
          control={control}
          name="orgnr"
          normalize={normalizeOrgnr}
          label={t('bureau.orgnr')}
          helperText={t('bureau.orgnrHelper')}
          required
          autoComplete="off"
        />
      </Box>
      <Controller
        control={control}
        name="resellerAgreement"
        render={({ field }) => (
          <FormControlLabel
            label={t('bureau.reseller')}
            control={
              <Switch
                name={field.name}
                checked={field.value}
                onChange={(event) => field.onChange(event.target.checked)}
                onBlur={field.onBlur}
              />
            }
          />
        )}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2, pl: 6.5 }}>
        {t('bureau.resellerExplain')}
      </Typography>
      <Collapse in={reseller} unmountOnExit>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mb: 2, pl: 6.5 }}>
          <FormTextField
            control={control}
            name="agreementNumber"
            label={t('bureau.agreementNumber')}
            required
            autoComplete="off"
          />
          <FormTextField
            control={control}
            name="agreementValidFrom"
            label={t('bureau.agreementValidFrom')}
            helperText={t('bureau.agreementValidFromHelper')}
            autoComplete="off"
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Box>
      </Collapse>
      <FormTextField
        control={control}
        name="staffName"
        label={t('bureau.staffName')}
        helperText={t('bureau.staffHelper')}
        required
        autoComplete="name"
        sx={{ mt: 1 }}
      />
      <ErrorAlert error={error} />
      {error === null && Object.keys(formState.errors).length > 0 && formState.isSubmitted && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {t('wizard.fixErrors')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 3 }}>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {t('bureau.save')}
        </Button>
        {profile && (
          <Typography variant="body2" color="text.secondary">
            {t('bureau.lastSaved', { when: format.dateTime(profile.updatedAt) })}
          </Typography>
        )}
      </Box>
      <ConfirmDialog
        open={removing !== null}
        title={t('bureau.agreementMissing.confirmTitle')}
        body={t('bureau.agreementMissing.confirmBody', { count: onCollective })}
        confirmLabel={t('bureau.agreementMissing.confirm')}
        onConfirm={() => removing && void save(removing)}
        onClose={() => setRemoving(null)}
      />
      {stale && (
        <StaleDialog
          changes={staleChanges(
            bureauStaleFields(t),
            bureauValues(stale.read),
            bureauValues(stale.theirs),
            stale.values,
          )}
          changedBy={stale.changedBy}
          changedAt={stale.changedAt}
          busy={formState.isSubmitting}
          onReapply={() => void reapply()}
          onReload={takeTheirs}
          onClose={() => setStale(null)}
        />
      )}
    </Paper>
  );
}
