import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { LicenceState } from '../../../../shared/schemas/users';
import { ApiError, invoke } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormNumberField } from '../../components/form/FormNumberField';
import { FormTextField } from '../../components/form/FormTextField';
import { useNotify } from '../../components/Notifier';
import { isIsoDay, swedishDay } from '../../../../shared/domain/months';

interface Values {
  licenceCount: number;
  licenceFrom: string;
}

/** At least one licence, and never fewer than the users who hold one. */
function licencesSchema(assigned: number) {
  return z.custom<Values>().superRefine((values, refine) => {
    const count = values.licenceCount;
    if (!Number.isInteger(count)) {
      refine.addIssue({ code: 'custom', path: ['licenceCount'], message: 'input.invalid' });
    } else if (count < 1) {
      refine.addIssue({ code: 'custom', path: ['licenceCount'], message: 'licences.min' });
    } else if (count < assigned) {
      refine.addIssue({ code: 'custom', path: ['licenceCount'], message: 'licences.belowUsers' });
    }
    if (!isIsoDay(values.licenceFrom.trim())) {
      refine.addIssue({ code: 'custom', path: ['licenceFrom'], message: 'input.invalid' });
    }
  });
}

interface Props {
  customerId: string;
  state: LicenceState | undefined;
  /** A number to start from, e.g. what a refused user needs. */
  prefill?: number;
  onClose: () => void;
  onSaved: (state: LicenceState) => void;
}

/** "Ändra antal licenser": the new number and the day it applies from (today by default). */
export function LicencesDialog({ customerId, state, prefill, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [error, setError] = useState<ApiError | null>(null);
  const assigned = state?.assigned.total ?? 0;
  const {
    control,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm<Values>({
    defaultValues: {
      licenceCount: prefill ?? state?.licences ?? 1,
      licenceFrom: swedishDay(new Date()),
    },
    resolver: zodResolver(licencesSchema(assigned)) as unknown as Resolver<Values>,
    mode: 'onChange',
  });

  const save = handleSubmit(async (values) => {
    setError(null);
    const result = await invoke('licences:set', {
      customerId,
      count: values.licenceCount,
      from: values.licenceFrom.trim(),
    });
    if (!result.ok) {
      const code = result.error.code;
      if (code === 'licences.min' || code === 'licences.belowUsers') {
        setFieldError('licenceCount', { type: 'server', message: code });
      } else if (code === 'date.invalid') {
        setFieldError('licenceFrom', { type: 'server', message: 'input.invalid' });
      } else {
        setError(new ApiError(result.error));
      }
      return;
    }
    notify(t('users.licences.saved', { count: result.value.licences }));
    onSaved(result.value);
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="licences-dialog-title">
      <Box component="form" noValidate onSubmit={save}>
        <DialogTitle id="licences-dialog-title">{t('users.licences.dialogTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('users.licences.sameCost')}</DialogContentText>
          <FormNumberField
            control={control}
            name="licenceCount"
            label={t('users.licences.count')}
            helperText={t('users.licences.countHelper', { count: assigned })}
            min={Math.max(1, assigned)}
            step={1}
            required
            autoFocus
            fullWidth
            sx={{ mb: 2 }}
          />
          <FormTextField
            control={control}
            name="licenceFrom"
            label={t('users.licences.from')}
            helperText={t('users.licences.fromHelper')}
            required
            autoComplete="off"
          />
          <Box sx={{ mt: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {t('users.licences.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
