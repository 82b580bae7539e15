import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { CollaborationWizard } from './CollaborationWizard';
import { emptyValues } from './formValues';

export function NewCollaborationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('wizard.title'));
  // The reseller agreement decides whether the bureau may take the invoice.
  const bureau = useQuery('bureau:get', {}, { refreshOn: ['bureau:changed'] });

  return (
    <>
      <PageHeader title={t('wizard.title')} />
      <ErrorAlert error={bureau.error} onRetry={bureau.reload} />
      {bureau.loading ? (
        <LoadingBlock label={t('app.loading')} rows={5} />
      ) : (
        <CollaborationWizard
          mode="create"
          defaultValues={emptyValues()}
          hasResellerAgreement={bureau.data?.resellerAgreement === true}
        />
      )}
    </>
  );
}
