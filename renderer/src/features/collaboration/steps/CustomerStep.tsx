import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { normalizeOrgnr } from '../../../components/form/normalize';
import { FormTextField } from '../../../components/form/FormTextField';
import type { OrgnrLookup } from '../useOrgnrLookup';
import { DuplicateAlert } from '../DuplicateAlert';
import type { CollaborationFormValues } from '../formValues';
import { ContactFields } from './ContactFields';
import { FieldGrid, span } from './FieldGrid';

interface Props {
  lookup: OrgnrLookup;
  /** Edit mode: the stored personnummer, masked, if there is one. */
  storedPersonnummer: string | null;
  /** A restored draft left the contact's personnummer out. */
  personnummerDropped: boolean;
  mode: 'create' | 'edit';
}

export function CustomerStep({ lookup, storedPersonnummer, personnummerDropped, mode }: Props) {
  const { t } = useTranslation();
  const { control } = useFormContext<CollaborationFormValues>();
  const orgnrHelper = lookup.checking
    ? t('wizard.customer.checking')
    : lookup.type
      ? t('wizard.customer.orgnrType', { type: lookup.type })
      : t('wizard.customer.orgnrHelper');

  return (
    <Box>
      <Typography variant="h6" component="h3" sx={{ mb: 2 }}>
        {t('wizard.customer.heading')}
      </Typography>
      <FieldGrid>
        <FormTextField
          control={control}
          name="customer.name"
          label={t('wizard.customer.name')}
          required
          autoFocus={mode === 'create'}
          autoComplete="organization"
          sx={span(4)}
        />
        <FormTextField
          control={control}
          name="customer.orgnr"
          normalize={normalizeOrgnr}
          label={t('wizard.customer.orgnr')}
          helperText={orgnrHelper}
          required
          autoComplete="off"
          sx={span(2)}
        />
        {lookup.existing && (
          <Box sx={span(6)}>
            <DuplicateAlert existing={lookup.existing} />
          </Box>
        )}
        <FormTextField
          control={control}
          name="customer.address.street"
          label={t('wizard.customer.street')}
          autoComplete="street-address"
          sx={span(3)}
        />
        <FormTextField
          control={control}
          name="customer.address.postalCode"
          label={t('wizard.customer.postalCode')}
          autoComplete="postal-code"
          sx={span(1)}
        />
        <FormTextField
          control={control}
          name="customer.address.city"
          label={t('wizard.customer.city')}
          autoComplete="address-level2"
          sx={span(2)}
        />
        <FormTextField
          control={control}
          name="customer.phone"
          label={t('wizard.customer.phone')}
          type="tel"
          autoComplete="tel"
          sx={span(3)}
        />
        <FormTextField
          control={control}
          name="customer.invoiceEmail"
          label={t('wizard.customer.invoiceEmail')}
          type="email"
          autoComplete="email"
          sx={span(3)}
        />
      </FieldGrid>
      <ContactFields
        storedPersonnummer={storedPersonnummer}
        personnummerDropped={personnummerDropped}
        mode={mode}
      />
    </Box>
  );
}
