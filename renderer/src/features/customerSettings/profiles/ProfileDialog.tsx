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
import { PROFILE_FLAGS, profileResolver, profileValues, roundingText } from './profileForm';

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
  const { control, handleSubmit, formState, setError: setFieldError } = form;
  const saving = useMutation('profiles:save', {
    // A taken name is the name field's error, not one below the form.
    claim: ({ code }) => {
      if (code !== 'profile.nameDuplicate') return false;
      setFieldError('name', { type: 'server', message: code });
      return true;
    },
  });

  const save = handleSubmit(async (values) => {
    const fields = { ...values, name: values.name.trim() };
    const result = await saving.run({
      customerId,
      ...(profile ? { id: profile.id } : {}),
      fields,
    });
    if (result.ok) onSaved(result.value);
  });

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
    </FormDialog>
  );
}
