import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BlikkSyncStatus, Reconciliation } from '../../../../shared/schemas/blikk';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { licencesShort } from './differences';
import { DifferencesSection } from './DifferencesSection';
import { MissingInBlikk, NotPrepared } from './UserLists';

interface Props {
  customerId: string;
  /** The portfolio's status of this customer: whether connected, and the last failure. */
  status: BlikkSyncStatus | undefined;
}

/** The last reconciliation, readable offline: its date, licences, and what to do about each gap. */
export function ReconciliationCard({ customerId, status }: Props) {
  const { t } = useTranslation();
  const result = useQuery(
    'blikk:lastReconciliation',
    { customerId },
    { refreshOn: ['blikk:changed', 'users:changed'] },
  );
  // Nothing to say of a customer never connected and never read.
  if (!status?.connected && !result.data) return null;
  return (
    <SectionCard title={t('blikk.title')} sx={{ gridColumn: '1 / -1' }}>
      <ErrorAlert error={result.error} onRetry={result.reload} />
      <LastFailure status={status} result={result.data ?? null} />
      {result.data === null && !status?.lastError && (
        <Typography color="text.secondary">{t('blikk.result.never')}</Typography>
      )}
      {result.data && <ResultBody result={result.data} />}
    </SectionCard>
  );
}

function LastFailure(props: {
  status: BlikkSyncStatus | undefined;
  result: Reconciliation | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const failure = props.status?.lastError;
  if (!failure) return null;
  const message = errorText(t, failure.code);
  const date = format.dateTime(failure.at);
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      {props.result
        ? t('blikk.result.failedAt', {
            date,
            message,
            read: format.dateTime(props.result.reconciledAt),
          })
        : t('blikk.result.failedNever', { date, message })}
    </Alert>
  );
}

function ResultBody({ result }: { result: Reconciliation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { inUse, invoiced } = result.licences;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography>
        {t('blikk.result.readAt', {
          date: format.dateTime(result.reconciledAt),
          count: result.blikkUsers,
        })}
      </Typography>
      {result.verified && (
        <Alert severity="success" role="status">
          <strong>{t('blikk.result.verified')}</strong>. {t('blikk.result.verifiedText')}
        </Alert>
      )}
      <Box>
        <Typography variant="subtitle1" component="h3">
          {t('blikk.result.licences')}
        </Typography>
        <Typography>
          {t('blikk.result.licencesText', {
            inUse: format.number(inUse),
            invoiced: format.number(invoiced),
          })}
        </Typography>
        {licencesShort(result) && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {t('blikk.result.licencesWarning', {
              inUse: format.number(inUse),
              invoiced: format.number(invoiced),
            })}
          </Alert>
        )}
      </Box>
      <MissingInBlikk users={result.missingInBlikk} />
      <NotPrepared users={result.notPrepared} />
      <DifferencesSection customerId={result.customerId} differences={result.differences} />
    </Box>
  );
}
