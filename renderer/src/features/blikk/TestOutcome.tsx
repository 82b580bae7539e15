import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { BlikkTestResult } from '../../../../shared/schemas/blikk';
import { ApiError } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';

/** What a connection test found: Blikk's user count, or the failure's sentence and way forward. */
export function TestOutcome({ outcome }: { outcome: BlikkTestResult | ApiError | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (outcome === null) return null;
  if (outcome instanceof ApiError) {
    return (
      <Alert severity="error" role="alert" sx={{ mt: 2 }}>
        {errorText(t, outcome.code, outcome.details)}
      </Alert>
    );
  }
  return (
    <Alert severity="success" role="status" sx={{ mt: 2 }}>
      {t('blikk.card.testWorks', { count: outcome.users, formatted: format.number(outcome.users) })}
    </Alert>
  );
}
