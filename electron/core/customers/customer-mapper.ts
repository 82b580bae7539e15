import type {
  Address,
  CustomerDetail,
  EInvoiceScheme,
  InvoiceMethod,
  Payer,
  Version,
} from '../../../shared/schemas/customer';
import { onboardingOf, type CustomerFacts } from '../onboarding/onboarding-service';
import { formatOrganisationsnummer } from '../../../shared/domain/organisationsnummer';
import { maskPersonnummer } from '../../../shared/domain/personnummer';
import type { CollaborationRow, CustomerEntityRow, PrimaryContactRow } from '../db/entities';
import type { FieldCipher } from '../crypto/cipher';

export interface CustomerRecord {
  customer: CustomerEntityRow;
  collaboration: CollaborationRow;
  contact: PrimaryContactRow | null;
}

export function toDetail(
  record: CustomerRecord,
  cipher: FieldCipher,
  facts: CustomerFacts,
): CustomerDetail {
  const { customer: c, collaboration: k, contact } = record;
  return {
    id: c.id,
    version: k.version as Version,
    licences: k.licences,
    customer: {
      name: c.name,
      orgnr: formatOrganisationsnummer(c.orgnr),
      orgType: c.orgType,
      address: { street: c.street, postalCode: c.postalCode, city: c.city },
      phone: c.phone,
      invoiceEmail: c.invoiceEmail,
    },
    contact: contact
      ? {
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          personnummerMasked: contact.personnummerEnc
            ? maskPersonnummer(cipher.decrypt(contact.personnummerEnc))
            : null,
          alsoFirstAdmin: Boolean(contact.alsoFirstAdmin),
        }
      : null,
    invoicing: {
      payer: k.payer as Payer,
      method: k.method as InvoiceMethod,
      eInvoice:
        k.eInvoiceScheme && k.eInvoiceId
          ? { scheme: k.eInvoiceScheme as EInvoiceScheme, id: k.eInvoiceId }
          : null,
      paperAddress: { street: k.paperStreet, postalCode: k.paperPostalCode, city: k.paperCity },
    },
    onboarding: onboardingOf({ ...facts, hasContact: contact !== null }),
    createdAt: c.createdAt,
    updatedAt: latest(c.updatedAt, k.updatedAt, contact?.updatedAt),
    recordVersion: Number(c.recordVersion),
  };
}

function latest(...stamps: (string | undefined)[]): string {
  return (
    stamps
      .filter((s): s is string => Boolean(s))
      .sort()
      .at(-1) ?? ''
  );
}

/** A flat view for the audit log: personnummer masked, nothing else personal hidden. */
export function auditView(detail: CustomerDetail): Record<string, unknown> {
  const { customer, contact, invoicing } = detail;
  return {
    name: customer.name,
    orgnr: customer.orgnr,
    address: joinAddress(customer.address),
    phone: customer.phone,
    invoiceEmail: customer.invoiceEmail,
    version: detail.version,
    licences: detail.licences,
    payer: invoicing.payer,
    method: invoicing.method,
    eInvoice: invoicing.eInvoice ? `${invoicing.eInvoice.scheme}:${invoicing.eInvoice.id}` : '',
    paperAddress: joinAddress(invoicing.paperAddress),
    contactName: contact?.name ?? '',
    contactEmail: contact?.email ?? '',
    contactPhone: contact?.phone ?? '',
    contactPersonnummer: contact?.personnummerMasked ?? '',
    contactAlsoFirstAdmin: contact?.alsoFirstAdmin ?? false,
  };
}

function joinAddress(a: Address): string {
  return [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

export function trimmed(value: string | undefined): string {
  return (value ?? '').trim();
}

export function addressOf(a: Address | undefined): Required<{ [K in keyof Address]: string }> {
  return { street: trimmed(a?.street), postalCode: trimmed(a?.postalCode), city: trimmed(a?.city) };
}
