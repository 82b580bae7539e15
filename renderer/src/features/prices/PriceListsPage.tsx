import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';

/** The bureau's price lists: placeholder until the page is built. */
export function PriceListsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('prices.title'));
  return <PageHeader title={t('prices.title')} />;
}
