import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ExistingCustomerRef } from '../../../../shared/schemas/customer';

/** "Kunden finns redan: <name>", linking to the customer who already has the number. */
export function DuplicateAlert({ existing }: { existing: ExistingCustomerRef }) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" role="alert">
      {t('wizard.customer.exists')}{' '}
      <Link component={RouterLink} to={`/customers/${existing.id}`} sx={{ fontWeight: 600 }}>
        {existing.name}
      </Link>{' '}
      ({existing.orgnr}). {t('wizard.customer.existsHint')}
    </Alert>
  );
}
