import { useId } from 'react';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useFormContext, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { InvoiceMethod, Payer } from '../../../../../shared/schemas/customer';
import { useFieldError } from '../../../components/form/useFieldError';
import type { CollaborationFormValues } from '../formValues';
import { MethodChoice } from './MethodChoice';
import { OptionCard } from './OptionCard';

export function InvoicingStep({ hasResellerAgreement }: { hasResellerAgreement: boolean }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<CollaborationFormValues>();
  const payer = useWatch({ control, name: 'invoicing.payer' });
  const method = useWatch({ control, name: 'invoicing.method' });
  const payerError = useFieldError(control, 'invoicing.payer');
  const methodError = useFieldError(control, 'invoicing.method');
  const idBase = useId();

  // The bureau is always invoiced collectively; the customer never is.
  function choosePayer(next: Payer) {
    setValue('invoicing.payer', next, { shouldDirty: true, shouldValidate: true });
    const fitting: InvoiceMethod =
      next === 'bureau' ? 'collective' : method === 'collective' ? 'email' : method;
    setValue('invoicing.method', fitting, { shouldDirty: true, shouldValidate: true });
  }

  return (
    <FormControl component="fieldset" error={!!payerError} sx={{ width: '100%', maxWidth: 880 }}>
      <FormLabel component="legend" sx={{ mb: 2, color: 'text.primary' }}>
        {t('wizard.invoicing.payerLegend')}
      </FormLabel>
      <RadioGroup
        name="invoicing.payer"
        value={payer}
        onChange={(event) => choosePayer(event.target.value as Payer)}
      >
        <Stack spacing={1.5}>
          <OptionCard
            value="bureau"
            label={t('wizard.invoicing.bureau')}
            selected={payer === 'bureau'}
            disabled={!hasResellerAgreement && payer !== 'bureau'}
            descriptionId={`${idBase}-bureau`}
            description={
              hasResellerAgreement ? (
                t('wizard.invoicing.bureauHelp')
              ) : (
                <>
                  {t('wizard.invoicing.bureauRequires')}{' '}
                  <Link component={RouterLink} to="/bureau">
                    {t('wizard.invoicing.bureauLink')}
                  </Link>
                </>
              )
            }
          />
          <OptionCard
            value="customer"
            label={t('wizard.invoicing.customer')}
            selected={payer === 'customer'}
            descriptionId={`${idBase}-customer`}
            description={t('wizard.invoicing.customerHelp')}
          >
            {payer === 'customer' && <MethodChoice />}
          </OptionCard>
        </Stack>
      </RadioGroup>
      {payerError && <FormHelperText>{payerError}</FormHelperText>}
      {methodError && !payerError && (
        <Box>
          <FormHelperText error>{methodError}</FormHelperText>
        </Box>
      )}
    </FormControl>
  );
}
