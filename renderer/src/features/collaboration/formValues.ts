import type {
  Address,
  CollaborationInput,
  CustomerDetail,
  EInvoiceScheme,
  InvoiceMethod,
  Payer,
  Version,
} from '../../../../shared/schemas/customer';

export interface AddressValues {
  street: string;
  postalCode: string;
  city: string;
}

/**
 * What the form edits: the collaboration input with every field present as text, so inputs stay
 * controlled; toInput() turns it into what customers:create / customers:update accept.
 */
export interface CollaborationFormValues {
  version: Version;
  licences: string;
  customer: {
    name: string;
    orgnr: string;
    address: AddressValues;
    phone: string;
    invoiceEmail: string;
  };
  contact: {
    name: string;
    email: string;
    phone: string;
    personnummer: string;
    alsoFirstAdmin: boolean;
    /** Edit mode only: send '' to remove the stored number. */
    removePersonnummer: boolean;
  };
  invoicing: {
    payer: Payer;
    method: InvoiceMethod;
    eInvoice: { scheme: EInvoiceScheme; id: string };
    paperAddress: AddressValues;
  };
}

const emptyAddress = (): AddressValues => ({ street: '', postalCode: '', city: '' });

export function emptyValues(): CollaborationFormValues {
  return {
    version: 'easy',
    licences: '1',
    customer: { name: '', orgnr: '', address: emptyAddress(), phone: '', invoiceEmail: '' },
    contact: {
      name: '',
      email: '',
      phone: '',
      personnummer: '',
      alsoFirstAdmin: true,
      removePersonnummer: false,
    },
    invoicing: {
      payer: 'customer',
      method: 'email',
      eInvoice: { scheme: 'peppol', id: '' },
      paperAddress: emptyAddress(),
    },
  };
}

export type FormMode = 'create' | 'edit';

function trimAddress(a: AddressValues): Address {
  return { street: a.street.trim(), postalCode: a.postalCode.trim(), city: a.city.trim() };
}

/** A whole number of licences, or 0 (which the domain refuses with licences.min). */
function parseLicences(text: string): number {
  return /^\s*\d{1,7}\s*$/.test(text) ? Number(text) : 0;
}

function contactInput(c: CollaborationFormValues['contact'], mode: FormMode) {
  const blank = [c.name, c.email, c.phone, c.personnummer].every((s) => s.trim() === '');
  // The wizard always needs a contact; an edit may leave a customer without one.
  if (blank && mode === 'edit' && !c.removePersonnummer) return null;
  const personnummer = c.personnummer.trim();
  return {
    name: c.name.trim(),
    email: c.email.trim(),
    phone: c.phone.trim(),
    alsoFirstAdmin: c.alsoFirstAdmin,
    // Absent keeps what is stored; '' removes it.
    ...(mode === 'edit' && c.removePersonnummer
      ? { personnummer: '' }
      : personnummer !== ''
        ? { personnummer }
        : {}),
  };
}

export function toInput(values: CollaborationFormValues, mode: FormMode): CollaborationInput {
  const { invoicing } = values;
  return {
    version: 'easy',
    licences: parseLicences(values.licences),
    customer: {
      name: values.customer.name.trim(),
      orgnr: values.customer.orgnr.trim(),
      address: trimAddress(values.customer.address),
      phone: values.customer.phone.trim(),
      invoiceEmail: values.customer.invoiceEmail.trim(),
    },
    contact: contactInput(values.contact, mode),
    invoicing: {
      payer: invoicing.payer,
      method: invoicing.method,
      ...(invoicing.method === 'e-invoice'
        ? { eInvoice: { scheme: invoicing.eInvoice.scheme, id: invoicing.eInvoice.id.trim() } }
        : {}),
      ...(invoicing.method === 'paper'
        ? { paperAddress: trimAddress(invoicing.paperAddress) }
        : {}),
    },
  };
}

const addressValues = (a: Address | undefined): AddressValues => ({
  street: a?.street ?? '',
  postalCode: a?.postalCode ?? '',
  city: a?.city ?? '',
});

/** The stored customer as form values; the personnummer field starts empty (= keep). */
export function fromDetail(detail: CustomerDetail): CollaborationFormValues {
  const empty = emptyValues();
  return {
    version: detail.version,
    licences: String(detail.licences),
    customer: {
      name: detail.customer.name,
      orgnr: detail.customer.orgnr,
      address: addressValues(detail.customer.address),
      phone: detail.customer.phone,
      invoiceEmail: detail.customer.invoiceEmail,
    },
    contact: detail.contact
      ? {
          name: detail.contact.name,
          email: detail.contact.email,
          phone: detail.contact.phone,
          personnummer: '',
          alsoFirstAdmin: detail.contact.alsoFirstAdmin,
          removePersonnummer: false,
        }
      : { ...empty.contact, alsoFirstAdmin: false },
    invoicing: {
      payer: detail.invoicing.payer,
      method: detail.invoicing.method,
      eInvoice: detail.invoicing.eInvoice ?? empty.invoicing.eInvoice,
      paperAddress: addressValues(detail.invoicing.paperAddress),
    },
  };
}

/**
 * Copies from `source` only what has the same shape as in `defaults`: a stored draft may come
 * from an older version of the form, and must never put a wrong type into an input.
 */
export function mergeKnown<T>(defaults: T, source: unknown): T {
  if (typeof defaults !== 'object' || defaults === null) {
    return typeof source === typeof defaults ? (source as T) : defaults;
  }
  if (typeof source !== 'object' || source === null) return defaults;
  const out = { ...defaults } as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    out[key] = mergeKnown(out[key], (source as Record<string, unknown>)[key]);
  }
  return out as T;
}
