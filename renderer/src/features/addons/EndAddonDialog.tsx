import { swedishDay } from '../../../../shared/domain/months';
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
import type { CustomerAddon } from '../../../../shared/schemas/invoices';
import { ApiError, invoke } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
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
  const titleId = useId();
  const today = swedishDay(new Date());
  const [to, setTo] = useState(
    addon.activeTo ?? (today < addon.activeFrom ? addon.activeFrom : today),
  );
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = to.trim() === '' ? 'date' : dateProblems(addon.activeFrom, to).to;

  async function save(end: string | null) {
    setTouched(true);
    if (end !== null && problem) return;
    setBusy(true);
    const result = await invoke('addons:end', { id: addon.id, to: end });
    setBusy(false);
    if (!result.ok) return setError(new ApiError(result.error));
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
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby={titleId}>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(to.trim());
        }}
      >
        <DialogTitle id={titleId}>{t(title, { name: addon.name })}</DialogTitle>
        <DialogContent>
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
          <Box sx={{ mt: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          {addon.activeTo && (
            <Button onClick={() => void save(null)} disabled={busy}>
              {t('prices.addons.endDialog.reopen')}
            </Button>
          )}
          <Button type="submit" variant="contained" disabled={busy}>
            {t('prices.addons.endDialog.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
