import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ROUNDING_MINUTES,
  type ProfileFields,
  type ReportingProfile,
} from '../../../../../shared/settings/profiles';
import { ApiError, invoke } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
  const [error, setError] = useState<ApiError | null>(null);
  const form = useForm<ProfileFields>({
    defaultValues: profileValues(profile),
    resolver: profileResolver,
    mode: 'onChange',
  });
  const { control, handleSubmit, formState, setError: setFieldError } = form;

  const save = handleSubmit(async (values) => {
    setError(null);
    const fields = { ...values, name: values.name.trim() };
    const result = await invoke('profiles:save', {
      customerId,
      ...(profile ? { id: profile.id } : {}),
      fields,
    });
    if (!result.ok) {
      if (result.error.code === 'profile.nameDuplicate') {
        setFieldError('name', { type: 'server', message: result.error.code });
        return;
      }
      return setError(new ApiError(result.error));
    }
    onSaved(result.value);
  });

  const title = profile ? t('profiles.editTitle', { name: profile.name }) : t('profiles.addTitle');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="profile-dialog-title">
      <Box component="form" noValidate onSubmit={save}>
        <DialogTitle id="profile-dialog-title">{title}</DialogTitle>
        <DialogContent>
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
          <Box sx={{ mt: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {profile ? t('profiles.save') : t('profiles.add')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
