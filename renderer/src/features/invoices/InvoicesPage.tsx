import { Navigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { InvoiceMonthPage } from './InvoiceMonthPage';
import { defaultMonth, isShowableMonth } from './month';

/**
 * The collective invoice of one month, carried in the address (/invoices/2030-03) so that it can
 * be reloaded and linked to; /invoices alone shows last month, the one the bureau checks.
 */
export function InvoicesPage() {
  const { t } = useTranslation();
  const { month } = useParams();
  if (month === undefined) return <Navigate replace to={`/invoices/${defaultMonth(new Date())}`} />;
  if (!isShowableMonth(month)) {
    return <NotFoundPanel title={t('invoices.badMonthTitle')} body={t('invoices.badMonthBody')} />;
  }
  return <InvoiceMonthPage month={month} />;
}
