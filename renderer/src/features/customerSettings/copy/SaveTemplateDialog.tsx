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
import type { SettingsTemplate } from '../../../../../shared/schemas/settings';
import { ApiError, invoke } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface Props {
  customerId: string;
  onClose: () => void;
  onSaved: (template: SettingsTemplate) => void;
}

const MAX_NAME = 80;

/** "Spara som mall…": this customer's sections and profiles as a bureau template. */
export function SaveTemplateDialog({ customerId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = name.trim();
  const invalid = trimmed === '' || trimmed.length > MAX_NAME;

  async function save() {
    setTouched(true);
    if (invalid) return;
    setError(null);
    setBusy(true);
    const result = await invoke('templates:createFromCustomer', { customerId, name: trimmed });
    setBusy(false);
    if (!result.ok) return setError(new ApiError(result.error));
    onSaved(result.value);
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby={titleId}>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id={titleId}>{t('templates.saveTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('templates.saveBody')}</DialogContentText>
          <TextField
            label={t('templates.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && invalid}
            helperText={touched && invalid ? t('templates.nameInvalid') : t('templates.nameHelp')}
            required
            autoFocus
            fullWidth
            slotProps={{ htmlInput: { maxLength: MAX_NAME } }}
          />
          <Box sx={{ mt: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('templates.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
