import { useId } from 'react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InvoiceMethod } from '../../../../../shared/schemas/customer';
import { FormTextField } from '../../../components/form/FormTextField';
import type { CollaborationFormValues } from '../formValues';
import { EInvoiceFields } from './EInvoiceFields';
import { PaperAddressFields } from './PaperAddressFields';

const METHODS = [
  { value: 'email', label: 'wizard.invoicing.email', help: 'wizard.invoicing.emailHelp' },
  { value: 'e-invoice', label: 'wizard.invoicing.eInvoice', help: 'wizard.invoicing.eInvoiceHelp' },
  { value: 'paper', label: 'wizard.invoicing.paper', help: 'wizard.invoicing.paperHelp' },
] as const;

/** How the customer gets the invoice, with the details that method needs right below it. */
export function MethodChoice() {
  const { t } = useTranslation();
  const { control, setValue, getValues } = useFormContext<CollaborationFormValues>();
  const method = useWatch({ control, name: 'invoicing.method' });
  const legendId = useId();

  function choose(next: InvoiceMethod) {
    if (next === 'paper') prefillPaperAddress();
    setValue('invoicing.method', next, { shouldDirty: true, shouldValidate: true });
  }

  // The customer's own address is the likeliest invoice address: start from it.
  function prefillPaperAddress() {
    const paper = getValues('invoicing.paperAddress');
    if (paper.street || paper.postalCode || paper.city) return;
    setValue('invoicing.paperAddress', { ...getValues('customer.address') }, { shouldDirty: true });
  }

  return (
    <FormControl component="fieldset" sx={{ width: '100%' }}>
      <FormLabel component="legend" id={legendId} sx={{ color: 'text.primary', mb: 0.5 }}>
        {t('wizard.invoicing.methodLegend')}
      </FormLabel>
      <RadioGroup
        name="invoicing.method"
        value={method}
        onChange={(event) => choose(event.target.value as InvoiceMethod)}
      >
        {METHODS.map((option) => (
          <Box key={option.value} sx={{ mb: 1 }}>
            <FormControlLabel value={option.value} control={<Radio />} label={t(option.label)} />
            <Typography variant="body2" color="text.secondary" sx={{ pl: 4, mt: -0.5 }}>
              {t(option.help)}
            </Typography>
            {method === option.value && <MethodDetails method={option.value} />}
          </Box>
        ))}
      </RadioGroup>
    </FormControl>
  );
}

function MethodDetails({ method }: { method: InvoiceMethod }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CollaborationFormValues>();
  return (
    <Box sx={{ pl: 4, pt: 1.5, maxWidth: 640 }}>
      {method === 'email' && (
        <FormTextField
          control={control}
          name="customer.invoiceEmail"
          label={t('wizard.customer.invoiceEmail')}
          type="email"
          autoComplete="email"
          required
        />
      )}
      {method === 'e-invoice' && <EInvoiceFields />}
      {method === 'paper' && <PaperAddressFields />}
    </Box>
  );
}
