import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/schemas/users';
import { fullName } from './userRules';

/**
 * Deleting the customer's primary contact as a user: the contact stays (and is told in step 4)
 * but loses the Blikk account and the Administratör role, which the confirmation must say.
 */
export function PrimaryContactWarning({ rows }: { rows: readonly UserRow[] }) {
  const { t } = useTranslation();
  const contact = rows.find((row) => row.isPrimaryContact);
  if (!contact) return null;
  return (
    <Alert severity="warning" sx={{ mt: 2 }}>
      {t('users.remove.primaryContact', { name: fullName(contact) })}
    </Alert>
  );
}
