import { useState } from 'react';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ROUNDING_MINUTES,
  type ProfileFields,
  type ReportingProfile,
} from '../../../../../shared/settings/profiles';
import { useMutation } from '../../../api/useMutation';
import { FormDialog } from '../../../components/FormDialog';
import { FormSwitch } from '../../../components/form/FormSwitch';
import { FormTextField } from '../../../components/form/FormTextField';
import { StaleDialog } from '../../../components/StaleDialog';
import { staleChanges } from '../../../components/staleChanges';
import { mergeMine } from '../../../components/staleMerge';
import { colleagueOf, type StaleSave } from '../../../components/staleRefusal';
import {
  PROFILE_FLAGS,
  profileResolver,
  profileStaleFields,
  profileValues,
  roundingText,
} from './profileForm';

interface Props {
  customerId: string;
  /** null: a new profile. */
  profile: ReportingProfile | null;
  onClose: () => void;
  onSaved: (profile: ReportingProfile) => void;
}

/** Add or change one reporting profile: its name, what it requires, and the rounding. */
export function ProfileDialog({ customerId, profile, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useForm<ProfileFields>({
    defaultValues: profileValues(profile),
    resolver: profileResolver,
    mode: 'onChange',
  });
  const { control, handleSubmit, formState, reset, setError: setFieldError } = form;
  // The stored profile the next save is made over: the one read, or a colleague's newer one.
  const [base, setBase] = useState(profile);
  const [stale, setStale] = useState<StaleSave<ReportingProfile, ProfileFields> | null>(null);
  const saving = useMutation('profiles:save', {
    // A taken name is the name field's error, not one below the form.
    claim: (error) => {
      const colleague = base ? colleagueOf<ReportingProfile>(error, 'profile') : null;
      if (base && colleague) {
        setStale({ read: base, values: form.getValues(), ...colleague });
        return true;
      }
      if (error.code !== 'profile.nameDuplicate') return false;
      setFieldError('name', { type: 'server', message: error.code });
      return true;
    },
  });

  const send = (over: ReportingProfile | null) =>
    handleSubmit(async (values) => {
      const fields = { ...values, name: values.name.trim() };
      const result = await saving.run({
        customerId,
        ...(over ? { id: over.id, recordVersion: over.recordVersion } : {}),
        fields,
      });
      if (result.ok) onSaved(result.value);
    });
  const save = send(base);

  /** "Använd mina ändringar": the fields changed here go over the colleague's version. */
  const reapply = async () => {
    if (!stale) return;
    const { read, values, theirs } = stale;
    setBase(theirs);
    setStale(null);
    reset(mergeMine(profileValues(read), values, profileValues(theirs)));
    await send(theirs)();
  };
  const takeTheirs = () => {
    if (!stale) return;
    setBase(stale.theirs);
    reset(profileValues(stale.theirs));
    setStale(null);
  };

  const title = profile ? t('profiles.editTitle', { name: profile.name }) : t('profiles.addTitle');
  return (
    <FormDialog
      title={title}
      maxWidth="sm"
      onClose={onClose}
      onSubmit={() => void save()}
      error={saving.error}
      confirmLabel={profile ? t('profiles.save') : t('profiles.add')}
      confirmDisabled={formState.isSubmitting}
    >
      <FormTextField
        control={control}
        name="name"
        label={t('profiles.name')}
        helperText={profile?.isDefault ? t('profiles.defaultNameHelp') : t('profiles.nameHelp')}
        invalidText={t('profiles.nameInvalid')}
        required
        autoFocus
        sx={{ mt: 1, mb: 2 }}
      />
      <Box role="group" aria-label={t('profiles.rules')} sx={{ display: 'grid', gap: 0.5 }}>
        {PROFILE_FLAGS.map((flag) => (
          <FormSwitch
            key={flag}
            control={control}
            name={flag}
            variant="checkbox"
            label={t(`profiles.flags.${flag}`)}
            helperText={t(`profiles.flagHelp.${flag}`)}
          />
        ))}
      </Box>
      <FormTextField
        control={control}
        name="roundingMinutes"
        select
        label={t('profiles.rounding')}
        helperText={t('profiles.roundingHelp')}
        sx={{ mt: 2.5, maxWidth: 280 }}
      >
        {ROUNDING_MINUTES.map((m) => (
          <MenuItem key={m} value={m}>
            {roundingText(t, m)}
          </MenuItem>
        ))}
      </FormTextField>
      {stale && (
        <StaleDialog
          changes={staleChanges(
            profileStaleFields(t),
            profileValues(stale.read),
            profileValues(stale.theirs),
            stale.values,
          )}
          changedBy={stale.changedBy}
          changedAt={stale.changedAt}
          busy={saving.busy}
          onReapply={() => void reapply()}
          onReload={takeTheirs}
          onClose={() => setStale(null)}
        />
      )}
    </FormDialog>
  );
}
