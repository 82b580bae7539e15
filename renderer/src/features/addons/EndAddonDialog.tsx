import { swedishDay } from '../../../../shared/domain/months';
import { useState } from 'react';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { CustomerAddon } from '../../../../shared/schemas/invoices';
import { useMutation } from '../../api/useMutation';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { dateProblems } from './addonForm';

interface Props {
  addon: CustomerAddon;
  onClose: () => void;
}

/** The last day an add-on runs (today by default); a set end can also be lifted again. */
export function EndAddonDialog({ addon, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  const today = swedishDay(new Date());
  const [to, setTo] = useState(
    addon.activeTo ?? (today < addon.activeFrom ? addon.activeFrom : today),
  );
  const [touched, setTouched] = useState(false);
  const ending = useMutation('addons:end');
  const problem = to.trim() === '' ? 'date' : dateProblems(addon.activeFrom, to).to;

  async function save(end: string | null) {
    setTouched(true);
    if (end !== null && problem) return;
    const result = await ending.run({ id: addon.id, to: end });
    if (!result.ok) return;
    notify(
      end === null
        ? t('prices.addons.reopened', { name: addon.name })
        : t('prices.addons.ended', { name: addon.name, date: format.date(end) }),
    );
    onClose();
  }

  const title = addon.activeTo
    ? 'prices.addons.endDialog.changeTitle'
    : 'prices.addons.endDialog.title';
  return (
    <FormDialog
      title={t(title, { name: addon.name })}
      maxWidth="xs"
      onClose={onClose}
      onSubmit={() => void save(to.trim())}
      error={ending.error}
      confirmLabel={t('prices.addons.endDialog.save')}
      confirmDisabled={ending.busy}
      buttons={
        addon.activeTo && (
          <Button onClick={() => void save(null)} disabled={ending.busy}>
            {t('prices.addons.endDialog.reopen')}
          </Button>
        )
      }
    >
      <DialogContentText sx={{ mb: 2 }}>
        {t('prices.addons.endDialog.body', { from: format.date(addon.activeFrom) })}{' '}
        {t('prices.addons.wholeMonths')}
      </DialogContentText>
      <TextField
        label={t('prices.addons.endDialog.to')}
        value={to}
        onChange={(e) => {
          setTo(e.target.value);
          // Judged once complete or left: a date half typed is no error yet.
          if (e.target.value.trim().length >= 10) setTouched(true);
        }}
        onBlur={() => setTouched(true)}
        error={touched && !!problem}
        helperText={
          touched && problem
            ? t(`prices.addons.problems.${problem}`)
            : t('prices.form.effectiveFromHelper')
        }
        required
        autoFocus
        fullWidth
        slotProps={{ htmlInput: { autoComplete: 'off', maxLength: 10 } }}
      />
    </FormDialog>
  );
}
