import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseOrganisationsnummer } from '../../../../../shared/domain/organisationsnummer';
import { EINVOICE_SCHEMES } from '../../../../../shared/schemas/customer';
import { FormTextField } from '../../../components/form/FormTextField';
import type { CollaborationFormValues } from '../formValues';

export function EInvoiceFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<CollaborationFormValues>();
  const scheme = useWatch({ control, name: 'invoicing.eInvoice.scheme' });
  const orgnr = useWatch({ control, name: 'customer.orgnr' });
  const parsed = parseOrganisationsnummer(orgnr);
  const digits = parsed.ok ? parsed.digits : '5560160680';

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '180px 1fr', gap: 2 }}>
      <Controller
        control={control}
        name="invoicing.eInvoice.scheme"
        render={({ field }) => (
          <TextField
            select
            label={t('wizard.invoicing.scheme')}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
          >
            {EINVOICE_SCHEMES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`common.schemes.${s}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <FormTextField
        control={control}
        name="invoicing.eInvoice.id"
        label={scheme === 'gln' ? t('wizard.invoicing.gln') : t('wizard.invoicing.peppolId')}
        helperText={
          scheme === 'gln'
            ? t('wizard.invoicing.glnHelper')
            : t('wizard.invoicing.peppolHelper', { digits })
        }
        required
        autoComplete="off"
      />
    </Box>
  );
}
