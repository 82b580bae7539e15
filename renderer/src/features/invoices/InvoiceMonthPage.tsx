import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { AgreementMissingAlert } from '../bureau/AgreementMissingAlert';
import { CloseMonthButton } from './CloseMonthButton';
import { CompareTab } from './CompareTab';
import { ContentSkeleton } from './ContentSkeleton';
import { NoPriceList } from './EmptyStates';
import { ExportMenu } from './ExportMenu';
import { InvoiceTabs, tabOf, type InvoiceTab } from './InvoiceTabs';
import { hasEnded, monthName } from './month';
import { MonthNav } from './MonthNav';
import { MonthTab } from './MonthTab';
import { REFRESH_ON } from './refresh';
import { StatusAlerts } from './StatusAlerts';
import { StatusChips } from './StatusChips';
import { TrendTab } from './TrendTab';
import { useMoney } from './useMoney';
import { useWords } from './useWords';

/** The portfolio showing only the customers on samlingsfaktura without an agreement. */
const AGREEMENT_FILTER = '/customers?flag=agreement';

/** One month's collective invoice: check it, compare it, export it, close it. */
export function InvoiceMonthPage({ month }: { month: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const money = useMoney();
  const words = useWords();
  const name = monthName(month, language);
  const title = t('invoices.titleMonth', { month: name });
  useDocumentTitle(title);
  const summary = useQuery('invoices:summary', { month }, { refreshOn: REFRESH_ON });
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  const setTab = (next: InvoiceTab) =>
    setParams(next === 'month' ? {} : { tab: next }, { replace: true });
  const data = summary.data;

  return (
    <>
      <PageHeader
        title={title}
        subtitle={t('invoices.subtitle')}
        actions={
          data && (
            <>
              <ExportMenu month={month} />
              <CloseMonthButton
                month={month}
                monthName={name}
                closed={data.closed !== null}
                ended={hasEnded(month, new Date())}
                exampleList={data.priceList.example}
                onChanged={summary.reload}
              />
            </>
          )
        }
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <MonthNav month={month} />
        {data && <StatusChips summary={data} />}
      </Box>
      {summary.error?.code === 'prices.none' ? (
        <NoPriceList monthName={name} />
      ) : (
        <ErrorAlert error={summary.error} onRetry={summary.reload} />
      )}
      {!data && !summary.error && <ContentSkeleton label={t('invoices.loading')} />}
      {data && (
        <>
          <AgreementMissingAlert
            action={
              <Button color="inherit" size="small" component={RouterLink} to={AGREEMENT_FILTER}>
                {t('bureau.agreementMissing.list')}
              </Button>
            }
          />
          <StatusAlerts summary={data} addonName={words.addonName} />
          <InvoiceTabs value={tab} onChange={setTab}>
            {tab === 'month' && (
              <MonthTab summary={data} monthName={name} money={money} words={words} />
            )}
            {tab === 'compare' && <CompareTab month={month} money={money} words={words} />}
            {tab === 'trend' && <TrendTab month={month} money={money} />}
          </InvoiceTabs>
        </>
      )}
    </>
  );
}
