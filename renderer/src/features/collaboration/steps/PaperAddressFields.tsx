import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components/form/FormTextField';
import { useFieldError } from '../../../components/form/useFieldError';
import type { CollaborationFormValues } from '../formValues';

export function PaperAddressFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<CollaborationFormValues>();
  const groupError = useFieldError(control, 'invoicing.paperAddress');
  const own = useWatch({ control, name: 'customer.address' });
  const paper = useWatch({ control, name: 'invoicing.paperAddress' });
  const sameAsCustomer =
    !!(own.street || own.city) &&
    own.street === paper.street &&
    own.postalCode === paper.postalCode &&
    own.city === paper.city;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>
        {t('wizard.invoicing.paperLegend')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t(sameAsCustomer ? 'wizard.invoicing.paperPrefilled' : 'wizard.invoicing.paperHint')}
      </Typography>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) 140px minmax(0, 2fr)', gap: 2 }}
      >
        <FormTextField
          control={control}
          name="invoicing.paperAddress.street"
          label={t('wizard.customer.street')}
          autoComplete="street-address"
        />
        <FormTextField
          control={control}
          name="invoicing.paperAddress.postalCode"
          label={t('wizard.customer.postalCode')}
          autoComplete="postal-code"
        />
        <FormTextField
          control={control}
          name="invoicing.paperAddress.city"
          label={t('wizard.customer.city')}
          autoComplete="address-level2"
        />
      </Box>
      {groupError && typeof groupError === 'string' && (
        <FormHelperText error role="alert">
          {groupError}
        </FormHelperText>
      )}
    </Box>
  );
}
