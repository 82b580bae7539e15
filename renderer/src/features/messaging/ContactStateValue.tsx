import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { contactStateText, type ContactState } from './contactState';

/** Step 4's state in words, why the summary failed, and where an interrupted one is confirmed. */
export function ContactStateValue({ state }: { state: ContactState }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <Box data-testid="contact-state" aria-live="polite">
      {contactStateText(t, state, date)}
      {state.kind === 'pending' && state.reason && (
        <Typography variant="body2" color="error">
          {t('messaging.contact.reason', { reason: state.reason })}
        </Typography>
      )}
      {state.kind === 'pending' && state.state === 'interrupted' && (
        <Button component={RouterLink} to="/outbox?state=interrupted" size="small">
          {t('messaging.contact.openOutbox')}
        </Button>
      )}
    </Box>
  );
}
