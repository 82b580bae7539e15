import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { AddonChoice } from './AddonChoice';
import { useAddAddonForm, type AddAddonForm, type AddonField } from './useAddAddonForm';

interface Props {
  customerId: string;
  onClose: () => void;
}

/** "Lägg till tilläggstjänst": one of the price list's add-ons, from a day (today by default). */
export function AddAddonDialog({ customerId, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const titleId = useId();
  const lists = useQuery('prices:list', {});
  const form = useAddAddonForm(lists.data);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    form.submit();
    const { addon, values } = form;
    if (!addon || !form.valid) return;
    setBusy(true);
    const to = values.to.trim();
    const result = await invoke('addons:add', {
      customerId,
      code: addon.code,
      from: values.from.trim(),
      ...(to ? { to } : {}),
      ...(addon.unit === 'item' ? { quantity: form.quantity ?? 1 } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(new ApiError(result.error));
    notify(t('prices.addons.added', { name: result.value.name }));
    onClose();
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id={titleId}>{t('prices.addons.addDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('prices.addons.wholeMonths')}</DialogContentText>
          <ErrorAlert error={lists.error} onRetry={lists.reload} />
          {lists.loading && <LoadingBlock label={t('prices.loading')} rows={1} />}
          {lists.data && (
            <AddonChoice
              version={form.version}
              value={form.values.code}
              onChange={form.set('code')}
              problem={form.problemOf('code')}
            />
          )}
          <Box sx={{ display: 'grid', gridTemplateColumns: { sm: '1fr 1fr' }, gap: 2, mt: 2.5 }}>
            <Field form={form} field="from" label={t('prices.addons.addDialog.from')} required />
            <Field form={form} field="to" label={t('prices.addons.addDialog.to')} />
          </Box>
          {form.addon?.unit === 'item' && (
            <Box sx={{ mt: 2, maxWidth: 240 }}>
              <Field
                form={form}
                field="quantity"
                label={t('prices.addons.addDialog.quantity')}
                required
              />
            </Box>
          )}
          <Box sx={{ mt: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || !lists.data}>
            {t('prices.addons.addDialog.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

const HELPERS: Record<Exclude<AddonField, 'code'>, string> = {
  from: 'prices.form.effectiveFromHelper',
  to: 'prices.addons.addDialog.toHelper',
  quantity: 'prices.addons.addDialog.quantityHelper',
};

interface FieldProps {
  form: AddAddonForm;
  field: Exclude<AddonField, 'code'>;
  label: string;
  required?: boolean;
}

function Field({ form, field, label, required }: FieldProps) {
  const { t } = useTranslation();
  const problem = form.problemOf(field);
  return (
    <TextField
      label={label}
      value={form.values[field]}
      onChange={(e) => form.set(field)(e.target.value)}
      onBlur={() => form.touch(field)}
      error={!!problem}
      helperText={problem ?? t(HELPERS[field])}
      required={required}
      fullWidth
      slotProps={{
        htmlInput: {
          autoComplete: 'off',
          inputMode: field === 'quantity' ? 'numeric' : undefined,
          maxLength: field === 'quantity' ? 6 : 10,
        },
      }}
    />
  );
}
