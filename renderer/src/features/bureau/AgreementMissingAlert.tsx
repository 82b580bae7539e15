import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { useCollectiveCustomers } from './useCollectiveCustomers';

interface Props {
  /** On a customer's page: shown only when this customer is one to move. */
  customerId?: string;
  /** E.g. a button that filters the list to the customers concerned. */
  action?: ReactNode;
}

/**
 * Customers left on samlingsfaktura after the bureau's reseller agreement was removed: Blikk
 * invoices them to the bureau at reseller prices all the same, until they are moved.
 */
export function AgreementMissingAlert({ customerId, action }: Props) {
  const { t } = useTranslation();
  const { flagged } = useCollectiveCustomers();
  if (customerId !== undefined) {
    if (!flagged.has(customerId)) return null;
    return (
      <Alert severity="warning" sx={{ mb: 2 }}>
        <AlertTitle>{t('bureau.agreementMissing.title')}</AlertTitle>
        {t('bureau.agreementMissing.customer')}
      </Alert>
    );
  }
  if (flagged.size === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} action={action}>
      {t('bureau.agreementMissing.count', { count: flagged.size })}
    </Alert>
  );
}
