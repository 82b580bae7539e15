import { useState } from 'react';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { SettingsTemplate } from '../../../../../shared/schemas/settings';
import { useMutation } from '../../../api/useMutation';
import { FormDialog } from '../../../components/FormDialog';

interface Props {
  customerId: string;
  onClose: () => void;
  onSaved: (template: SettingsTemplate) => void;
}

const MAX_NAME = 80;

/** "Spara som mall…": this customer's sections and profiles as a bureau template. */
export function SaveTemplateDialog({ customerId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const saving = useMutation('templates:createFromCustomer');
  const trimmed = name.trim();
  const invalid = trimmed === '' || trimmed.length > MAX_NAME;

  async function save() {
    setTouched(true);
    if (invalid) return;
    const result = await saving.run({ customerId, name: trimmed });
    if (result.ok) onSaved(result.value);
  }

  return (
    <FormDialog
      title={t('templates.saveTitle')}
      maxWidth="xs"
      onClose={onClose}
      onSubmit={() => void save()}
      error={saving.error}
      confirmLabel={t('templates.save')}
      confirmDisabled={saving.busy}
    >
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
    </FormDialog>
  );
}
