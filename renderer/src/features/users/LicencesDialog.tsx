import { zodResolver } from '@hookform/resolvers/zod';
import DialogContentText from '@mui/material/DialogContentText';
import Alert from '@mui/material/Alert';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ErrorCode } from '../../../../shared/errors';
import type { LicenceState } from '../../../../shared/schemas/users';
import { useMutation } from '../../api/useMutation';
import { FormDialog } from '../../components/FormDialog';
import { FormNumberField } from '../../components/form/FormNumberField';
import { FormTextField } from '../../components/form/FormTextField';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { monthSpan, repricedMonths } from '../invoices/month';
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

/** Refusals shown on a field (and with which text) rather than below the form. */
const FIELD_REFUSALS: Partial<Record<ErrorCode, { field: keyof Values; text: string }>> = {
  'licences.min': { field: 'licenceCount', text: 'licences.min' },
  'licences.belowUsers': { field: 'licenceCount', text: 'licences.belowUsers' },
  'date.invalid': { field: 'licenceFrom', text: 'input.invalid' },
};

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
  const { language } = useFormat();
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

  // A date in an ended month reprices its collective invoice: say which months before saving.
  const from = useWatch({ control, name: 'licenceFrom' });
  const repriced = monthSpan(repricedMonths(from.trim(), new Date()), language);

  const saving = useMutation('licences:set', {
    claim: ({ code }) => {
      const onField = FIELD_REFUSALS[code];
      if (onField) setFieldError(onField.field, { type: 'server', message: onField.text });
      return !!onField;
    },
  });

  const save = handleSubmit(async (values) => {
    const result = await saving.run({
      customerId,
      count: values.licenceCount,
      from: values.licenceFrom.trim(),
    });
    if (!result.ok) return;
    notify(t('users.licences.saved', { count: result.value.licences }));
    onSaved(result.value);
  });

  return (
    <FormDialog
      title={t('users.licences.dialogTitle')}
      maxWidth="xs"
      onClose={onClose}
      onSubmit={() => void save()}
      error={saving.error}
      confirmLabel={t('users.licences.save')}
      confirmDisabled={formState.isSubmitting}
    >
      <DialogContentText sx={{ mb: 2 }}>{t('users.licences.sameCost')}</DialogContentText>
      <FormNumberField
        control={control}
        name="licenceCount"
        label={t('users.licences.count')}
        helperText={t('users.licences.countHelper', { count: assigned })}
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
      {repriced && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {t('invoices.backdated', { months: repriced })}
        </Alert>
      )}
    </FormDialog>
  );
}
