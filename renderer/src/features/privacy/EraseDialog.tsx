import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { PersonQuery } from '../../../../shared/schemas/privacy';
import { useMutation } from '../../api/useMutation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { nameMatches } from './privacyRules';

export function EraseDialog(props: {
  open: boolean;
  query: PersonQuery;
  name: string;
  onClose: () => void;
  onErased: () => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const erase = useMutation('privacy:erase');

  async function confirm() {
    const result = await erase.run(props.query);
    if (result.ok) {
      setTyped('');
      props.onErased();
    }
  }

  return (
    <ConfirmDialog
      open={props.open}
      title={t('privacy.erase.title', { name: props.name })}
      body={t('privacy.erase.body')}
      confirmLabel={t('privacy.erase.confirm')}
      confirmDisabled={!nameMatches(typed, props.name) || erase.busy}
      onConfirm={() => void confirm()}
      onClose={props.onClose}
    >
      <TextField
        label={t('privacy.erase.confirmLabel')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        fullWidth
        size="small"
        sx={{ mt: 2 }}
      />
      <ErrorAlert error={erase.error} />
    </ConfirmDialog>
  );
}
