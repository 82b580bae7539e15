import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { TemplatesCard } from '../customerSettings/copy/TemplatesCard';
import { PriceListsCard } from '../prices/PriceListsCard';
import { BureauForm } from './BureauForm';
import { MailSettingsCard } from './MailSettingsCard';

function Welcome() {
  const { t } = useTranslation();
  return (
    <Paper
      variant="outlined"
      sx={{ p: 3, mb: 3, maxWidth: 760, display: 'flex', gap: 2, borderColor: 'primary.main' }}
    >
      <BusinessOutlined color="primary" sx={{ fontSize: 36 }} aria-hidden />
      <Box>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('bureau.welcomeTitle')}
        </Typography>
        <Typography color="text.secondary">{t('bureau.welcomeBody')}</Typography>
      </Box>
    </Paper>
  );
}

export function BureauPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('bureau.title'));
  const bureau = useQuery('bureau:get', {}, { refreshOn: ['bureau:changed'] });

  return (
    <>
      <PageHeader title={t('bureau.title')} subtitle={t('bureau.intro')} />
      <ErrorAlert error={bureau.error} onRetry={bureau.reload} />
      {bureau.loading ? (
        <LoadingBlock label={t('app.loading')} rows={5} />
      ) : (
        !bureau.error && (
          <>
            {bureau.data === null && <Welcome />}
            {/* Keyed only by whether a profile exists: a colleague's save shows up in the form
                itself, which keeps typed values (their save is then refused as stale). */}
            <BureauForm key={bureau.data ? 'saved' : 'new'} profile={bureau.data ?? null} />
            <MailSettingsCard bureauName={bureau.data?.name ?? ''} />
            <PriceListsCard />
            <TemplatesCard />
          </>
        )
      )}
    </>
  );
}
