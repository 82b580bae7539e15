import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';

/** The month's collective invoice: placeholder until the page is built. */
export function InvoicesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invoices.title'));
  return <PageHeader title={t('invoices.title')} />;
}
