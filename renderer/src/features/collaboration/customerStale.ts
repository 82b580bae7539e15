import type { TFunction } from 'i18next';
import type { StaleField } from '../../components/staleChanges';
import type { AddressValues, CollaborationFormValues } from './formValues';

const address = (a: AddressValues) =>
  [a.street.trim(), `${a.postalCode.trim()} ${a.city.trim()}`.trim()].filter(Boolean).join(', ');

/** The customer form's fields, as the stale dialog lists them, compared as the form holds them. */
export function customerStaleFields(t: TFunction): StaleField<CollaborationFormValues>[] {
  const field = (
    name: string,
    show: (v: CollaborationFormValues) => string,
  ): StaleField<CollaborationFormValues> => ({ field: name, label: t(`fields.${name}`), show });
  return [
    field('name', (v) => v.customer.name.trim()),
    field('orgnr', (v) => v.customer.orgnr.trim()),
    field('address', (v) => address(v.customer.address)),
    field('phone', (v) => v.customer.phone.trim()),
    field('invoiceEmail', (v) => v.customer.invoiceEmail.trim()),
    field('licences', (v) => String(v.licences).trim()),
    field('contactName', (v) => v.contact.name.trim()),
    field('contactEmail', (v) => v.contact.email.trim()),
    field('contactPhone', (v) => v.contact.phone.trim()),
    field('payer', (v) => t(`common.payers.${v.invoicing.payer}`)),
    field('method', (v) => t(`common.methodNames.${v.invoicing.method}`)),
    field('eInvoice', (v) =>
      v.invoicing.method === 'e-invoice' ? v.invoicing.eInvoice.id.trim() : '',
    ),
    field('paperAddress', (v) =>
      v.invoicing.method === 'paper' ? address(v.invoicing.paperAddress) : '',
    ),
  ];
}
