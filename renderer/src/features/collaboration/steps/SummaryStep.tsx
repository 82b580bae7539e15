import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DetailList, type Detail } from '../../../components/DetailList';
import { formatAddress } from '../../../i18n/format';
import type { CollaborationFormValues, FormMode } from '../formValues';
import { STEPS } from '../steps';

interface Props {
  mode: FormMode;
  /** Edit mode: the stored personnummer, masked, which an empty field keeps. */
  storedPersonnummer: string | null;
  onEdit: (step: number) => void;
}

function Section(props: {
  title: string;
  step: number;
  onEdit: (step: number) => void;
  items: Detail[];
}) {
  const { t } = useTranslation();
  return (
    <Box component="section" sx={{ py: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h6" component="h3" sx={{ flex: 1 }}>
          {props.title}
        </Typography>
        <Button
          size="small"
          startIcon={<EditOutlined />}
          onClick={() => props.onEdit(props.step)}
          aria-label={t('wizard.summary.changeStep', { step: props.title.toLocaleLowerCase() })}
        >
          {t('wizard.summary.change')}
        </Button>
      </Box>
      <DetailList items={props.items} labelWidth={200} />
    </Box>
  );
}

/** Everything, readable, with a way back to each step. */
export function SummaryStep({ mode, storedPersonnummer, onEdit }: Props) {
  const { t } = useTranslation();
  const values = useFormContext<CollaborationFormValues>().getValues();
  const none = t('app.none');
  const or = (s: string): ReactNode => (s.trim() === '' ? none : s);
  const { customer, contact, invoicing } = values;
  const stepTitle = (i: number) => t(`wizard.steps.${STEPS[i] ?? 'summary'}`);

  const personnummer = contact.removePersonnummer
    ? t('wizard.summary.personnummerRemoved')
    : contact.personnummer.trim()
      ? t('wizard.summary.personnummerGiven')
      : mode === 'edit' && storedPersonnummer
        ? t('wizard.summary.personnummerKept', { masked: storedPersonnummer })
        : none;

  const invoicingItems: Detail[] = [
    { label: t('wizard.summary.payer'), value: t(`common.payers.${invoicing.payer}`) },
    { label: t('wizard.summary.method'), value: t(`common.methodNames.${invoicing.method}`) },
  ];
  if (invoicing.method === 'email') {
    invoicingItems.push({
      label: t('wizard.summary.invoiceEmail'),
      value: or(customer.invoiceEmail),
    });
  }
  if (invoicing.method === 'e-invoice') {
    invoicingItems.push({
      label: t('wizard.summary.eInvoiceId'),
      value: `${t(`common.schemes.${invoicing.eInvoice.scheme}`)} ${invoicing.eInvoice.id}`,
    });
  }
  if (invoicing.method === 'paper') {
    invoicingItems.push({
      label: t('wizard.summary.paperAddress'),
      value: or(formatAddress(invoicing.paperAddress)),
    });
  }

  return (
    <Box sx={{ maxWidth: 880 }}>
      <Typography color="text.secondary">{t('wizard.summary.intro')}</Typography>
      <Section
        title={stepTitle(0)}
        step={0}
        onEdit={onEdit}
        items={[
          { label: t('wizard.summary.version'), value: t(`common.versions.${values.version}`) },
        ]}
      />
      <Divider />
      <Section
        title={stepTitle(1)}
        step={1}
        onEdit={onEdit}
        items={[
          {
            label: t('wizard.summary.licences'),
            value: `${values.licences} · ${t('wizard.summary.licencesNote')}`,
          },
        ]}
      />
      <Divider />
      <Section
        title={stepTitle(2)}
        step={2}
        onEdit={onEdit}
        items={[
          { label: t('wizard.summary.customer'), value: or(customer.name) },
          { label: t('wizard.summary.orgnr'), value: or(customer.orgnr) },
          { label: t('wizard.summary.address'), value: or(formatAddress(customer.address)) },
          { label: t('wizard.customer.phone'), value: or(customer.phone) },
          { label: t('wizard.summary.invoiceEmail'), value: or(customer.invoiceEmail) },
          { label: t('wizard.summary.contact'), value: or(contact.name) },
          { label: t('wizard.contact.email'), value: or(contact.email) },
          { label: t('wizard.contact.phone'), value: or(contact.phone) },
          { label: t('wizard.summary.personnummer'), value: personnummer },
          {
            label: t('wizard.summary.firstAdmin'),
            value: contact.alsoFirstAdmin ? t('wizard.summary.firstAdminYes') : t('app.no'),
          },
        ]}
      />
      <Divider />
      <Section title={stepTitle(3)} step={3} onEdit={onEdit} items={invoicingItems} />
    </Box>
  );
}
