import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../shared/schemas/customer';
import { useQuery } from '../../api/hooks';

interface Props {
  value: string | null;
  onChange: (customerId: string | null) => void;
}

/** Which customer's data the preview uses; none: sample data. */
export function PreviewCustomerField({ value, onChange }: Props) {
  const { t } = useTranslation();
  const customers = useQuery('customers:list', {}, { refreshOn: ['customers:changed'] });
  const options = customers.data ?? [];
  return (
    <Autocomplete<CustomerRow>
      size="small"
      options={options}
      value={options.find((c) => c.id === value) ?? null}
      onChange={(_, customer) => onChange(customer?.id ?? null)}
      getOptionLabel={(c) => `${c.name} (${c.orgnr})`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={customers.loading}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('mailTemplates.previewCustomer')}
          placeholder={t('mailTemplates.previewSample')}
        />
      )}
      sx={{ mb: 2, maxWidth: 420 }}
    />
  );
}
