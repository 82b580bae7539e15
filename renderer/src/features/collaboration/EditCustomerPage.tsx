import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { CustomerBreadcrumbs } from '../../components/CustomerBreadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { CollaborationWizard } from './CollaborationWizard';
import { fromDetail } from './formValues';

export function EditCustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const customer = useQuery('customers:get', { id });
  const bureau = useQuery('bureau:get', {}, { refreshOn: ['bureau:changed'] });
  const detail = customer.data;
  useDocumentTitle(detail ? t('wizard.editTitle', { name: detail.customer.name }) : undefined);

  if (customer.error?.code === 'customer.notFound') {
    return <NotFoundPanel title={t('customer.notFoundTitle')} body={t('customer.notFoundBody')} />;
  }
  if (customer.error) return <ErrorAlert error={customer.error} onRetry={customer.reload} />;
  if (!detail || bureau.loading) return <LoadingBlock label={t('customer.loadingLabel')} />;

  return (
    <>
      <PageHeader
        title={t('wizard.editTitle', { name: detail.customer.name })}
        before={
          <CustomerBreadcrumbs
            customerId={id}
            customerName={detail.customer.name}
            page={t('customer.edit')}
          />
        }
      />
      <CollaborationWizard
        key={detail.id}
        mode="edit"
        customerId={detail.id}
        defaultValues={fromDetail(detail)}
        storedPersonnummer={detail.contact?.personnummerMasked ?? null}
        stored={detail}
        hasResellerAgreement={bureau.data?.resellerAgreement === true}
      />
    </>
  );
}
