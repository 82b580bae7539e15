import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { errorText } from '../../i18n/errorText';

/** Where each refusal of sending is put right: the bureau's mail settings, the contact's e-mail. */
export function wayForward(code: string, customerId: string): { to: string; key: string } | null {
  if (code === 'mail.notConfigured' || code.startsWith('mail.')) {
    return { to: '/bureau', key: 'mailSettingsLink' };
  }
  if (code === 'contact.noEmail' || code === 'contact.missing') {
    return { to: `/customers/${customerId}/edit`, key: 'editContactLink' };
  }
  return null;
}

interface Props {
  error: ApiError | null;
  customerId: string;
  onClose?: () => void;
}

/** A refusal of sending, in Swedish, with a button to the screen that fixes it. */
export function InformErrorAlert({ error, customerId, onClose }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const forward = wayForward(error.code, customerId);
  return (
    <Alert severity="error" onClose={onClose} sx={{ mt: 2 }}>
      {errorText(t, error.code, error.details)}
      {forward && (
        <Box sx={{ mt: 1 }}>
          <Button
            component={RouterLink}
            to={forward.to}
            color="inherit"
            size="small"
            variant="outlined"
          >
            {t(`messaging.contact.${forward.key}`)}
          </Button>
        </Box>
      )}
    </Alert>
  );
}
