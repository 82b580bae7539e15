import type { TFunction } from 'i18next';
import type { InvoiceMethod, Payer } from '../../../../shared/schemas/customer';

/** "Byrån – samlingsfaktura", "Kunden – e-post (PDF)", ... */
export function invoicingLabel(t: TFunction, payer: Payer, method: InvoiceMethod): string {
  return t('common.payerAndMethod', {
    payer: t(`common.payers.${payer}`),
    method: t(`common.methods.${method}`),
  });
}
