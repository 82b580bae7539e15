import Box from '@mui/material/Box';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
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
  const lists = useQuery('prices:list', {});
  const form = useAddAddonForm(lists.data);
  const adding = useMutation('addons:add');

  async function save() {
    form.submit();
    const { addon, values } = form;
    if (!addon || !form.valid) return;
    const to = values.to.trim();
    const result = await adding.run({
      customerId,
      code: addon.code,
      from: values.from.trim(),
      ...(to ? { to } : {}),
      ...(addon.unit === 'item' ? { quantity: form.quantity ?? 1 } : {}),
    });
    if (!result.ok) return;
    notify(t('prices.addons.added', { name: result.value.name }));
    onClose();
  }

  return (
    <FormDialog
      title={t('prices.addons.addDialog.title')}
      maxWidth="sm"
      onClose={onClose}
      onSubmit={() => void save()}
      error={adding.error}
      confirmLabel={t('prices.addons.addDialog.save')}
      confirmDisabled={adding.busy || !lists.data}
    >
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
    </FormDialog>
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
