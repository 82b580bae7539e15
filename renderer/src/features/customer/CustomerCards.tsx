import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../../shared/schemas/customer';
import { DetailList, type Detail } from '../../components/DetailList';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../i18n/useFormat';
import { formatAddress } from '../../i18n/format';
import { PersonnummerReveal } from './PersonnummerReveal';

/** One label column for every card, so the values line up down the page. */
const LABEL_WIDTH = 150;

const orNone = (t: TFunction, s: string | null | undefined) => (s && s.trim() ? s : t('app.none'));

export function CollaborationCard({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SectionCard title={t('customer.collaboration')}>
      <DetailList
        labelWidth={LABEL_WIDTH}
        items={[
          { label: t('customer.version'), value: t(`common.versions.${detail.version}`) },
          { label: t('customer.licences'), value: format.number(detail.licences) },
          { label: t('customer.createdAt'), value: format.dateTime(detail.createdAt) },
          { label: t('customer.updatedAt'), value: format.dateTime(detail.updatedAt) },
        ]}
      />
    </SectionCard>
  );
}

export function DetailsCard({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const { customer } = detail;
  return (
    <SectionCard title={t('customer.details')}>
      <DetailList
        labelWidth={LABEL_WIDTH}
        items={[
          { label: t('customer.name'), value: customer.name },
          { label: t('customer.orgnr'), value: customer.orgnr },
          { label: t('customer.orgType'), value: orNone(t, customer.orgType) },
          { label: t('customer.address'), value: orNone(t, formatAddress(customer.address)) },
          { label: t('customer.phone'), value: orNone(t, customer.phone) },
          { label: t('customer.invoiceEmail'), value: orNone(t, customer.invoiceEmail) },
        ]}
      />
    </SectionCard>
  );
}

interface ContactProps {
  detail: CustomerDetail;
  onRevealed: () => void;
}

export function ContactCard({ detail, onRevealed }: ContactProps) {
  const { t } = useTranslation();
  const { contact } = detail;
  const items: Detail[] = contact
    ? [
        { label: t('customer.name'), value: contact.name },
        { label: t('customer.email'), value: orNone(t, contact.email) },
        { label: t('customer.phone'), value: orNone(t, contact.phone) },
        {
          label: t('customer.personnummer'),
          value: contact.personnummerMasked ? (
            <PersonnummerReveal
              customerId={detail.id}
              masked={contact.personnummerMasked}
              onRevealed={onRevealed}
            />
          ) : (
            t('customer.noPersonnummer')
          ),
        },
        {
          label: t('customer.firstAdmin'),
          value: contact.alsoFirstAdmin ? t('customer.firstAdminYes') : t('app.no'),
        },
      ]
    : [];
  return (
    <SectionCard title={t('customer.contact')}>
      {contact ? <DetailList labelWidth={LABEL_WIDTH} items={items} /> : t('customer.noContact')}
    </SectionCard>
  );
}

export function InvoicingCard({ detail }: { detail: CustomerDetail }) {
  const { t } = useTranslation();
  const { invoicing } = detail;
  const items: Detail[] = [
    { label: t('customer.payer'), value: t(`common.payers.${invoicing.payer}`) },
    { label: t('customer.method'), value: t(`common.methodNames.${invoicing.method}`) },
  ];
  if (invoicing.method === 'email') {
    items.push({
      label: t('customer.invoiceEmail'),
      value: orNone(t, detail.customer.invoiceEmail),
    });
  }
  if (invoicing.method === 'e-invoice' && invoicing.eInvoice) {
    items.push({
      label: t('customer.eInvoiceId'),
      value: `${t(`common.schemes.${invoicing.eInvoice.scheme}`)} ${invoicing.eInvoice.id}`,
    });
  }
  if (invoicing.method === 'paper') {
    const paper = formatAddress(invoicing.paperAddress);
    items.push({
      label: t('customer.paperAddress'),
      value: paper || formatAddress(detail.customer.address) || t('app.none'),
    });
  }
  return (
    <SectionCard title={t('customer.invoicing')}>
      <DetailList labelWidth={LABEL_WIDTH} items={items} />
    </SectionCard>
  );
}
