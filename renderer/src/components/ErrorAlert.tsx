import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { errorText } from '../i18n/errorText';

interface Props {
  error: ApiError | null | undefined;
  onRetry?: () => void;
}

/** A failed call, in words: the code translated, never the server's English message. */
export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      severity="error"
      sx={{ mb: 2 }}
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        )
      }
    >
      {errorText(t, error.code, error.details)}
    </Alert>
  );
}
