import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../api/useMutation';
import { FormDialog } from '../../components/FormDialog';

interface Props {
  customerId: string;
  onClose: () => void;
  onDone: () => void;
}

/** Step 4 done without the e-mail (a call, a meeting): how it was done is required, on one line. */
export function MarkInformedDialog({ customerId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const mark = useMutation('contact:markInformed');
  const empty = note.trim() === '';
  const k = (key: string) => t(`messaging.contact.markDialog.${key}`);

  async function submit() {
    setTouched(true);
    if (empty) return;
    const result = await mark.run({ customerId, note: note.trim(), informed: true });
    if (result.ok) onDone();
  }

  return (
    <FormDialog
      title={k('title')}
      maxWidth="sm"
      onClose={onClose}
      onSubmit={() => void submit()}
      error={mark.error}
      confirmLabel={k('confirm')}
      confirmDisabled={mark.busy}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        {k('body')}
      </Typography>
      <TextField
        autoFocus
        required
        fullWidth
        label={k('note')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        onBlur={() => setTouched(true)}
        error={touched && empty}
        helperText={touched && empty ? k('noteRequired') : ' '}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </FormDialog>
  );
}
