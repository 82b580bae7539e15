/**
 * Domain validation of a collaboration (a customer with its primary contact and invoicing) and of
 * the bureau's profile. The zod schemas in shared/schemas check shapes; these rules check meaning
 * and return every problem at once, so a form can mark all its fields in one go.
 */
import type { FieldIssue, ErrorCode } from '../errors';
import type { BureauInput } from '../schemas/bureau';
import type { Address, CollaborationInput } from '../schemas/customer';
import { isValidEmail, isValidGln, isValidPeppolId, isValidPhone } from './contact';
import { parseOrganisationsnummer } from './organisationsnummer';
import { isIsoDay } from './months';
import { parsePersonnummer } from './personnummer';
import { cleanText, withTextRule } from './text';

export interface CollaborationContext {
  hasResellerAgreement: boolean;
  /** The wizard's final step: everything needed to start onboarding must be there. */
  requireComplete?: boolean;
  /**
   * Whether the stored contact already has a personnummer. No rule needs it today (an absent
   * personnummer means "keep the stored one" and is never an error); accepted so callers can
   * pass what they know without a signature change when a rule does.
   */
  contactHasStoredPersonnummer?: boolean;
}

type Issues = FieldIssue[];
const error = (field: string, code: ErrorCode): FieldIssue => ({ field, code, severity: 'error' });
const trimmed = (s: string | null | undefined): string => cleanText(s ?? '');
const blank = (s: string | null | undefined): boolean => trimmed(s) === '';

export function validateCollaboration(
  input: CollaborationInput,
  ctx: CollaborationContext,
): Issues {
  const issues: Issues = [];
  if (input.licences < 1) issues.push(error('licences', 'licences.min'));
  checkCustomer(input, ctx, issues);
  checkContact(input, ctx, issues);
  checkInvoicing(input, ctx, issues);
  return withTextRule(collaborationTexts(input), issues);
}

/** Every typed text of a collaboration, by the field path its issues carry. */
function collaborationTexts(input: CollaborationInput): Record<string, string | undefined> {
  const { customer, contact, invoicing } = input;
  return {
    'customer.name': customer.name,
    'customer.phone': customer.phone,
    'customer.invoiceEmail': customer.invoiceEmail,
    ...addressTexts('customer.address', customer.address),
    'contact.name': contact?.name,
    'contact.email': contact?.email,
    'contact.phone': contact?.phone,
    'contact.personnummer': contact?.personnummer,
    'invoicing.eInvoice.id': invoicing.eInvoice?.id,
    ...addressTexts('invoicing.paperAddress', invoicing.paperAddress),
  };
}

function addressTexts(path: string, a: Address | undefined): Record<string, string | undefined> {
  return {
    [`${path}.street`]: a?.street,
    [`${path}.postalCode`]: a?.postalCode,
    [`${path}.city`]: a?.city,
  };
}

function checkCustomer(input: CollaborationInput, ctx: CollaborationContext, issues: Issues) {
  const { name, orgnr } = input.customer;
  const email = trimmed(input.customer.invoiceEmail);
  const phone = trimmed(input.customer.phone);
  if (blank(name)) issues.push(error('customer.name', 'name.missing'));
  if (!parseOrganisationsnummer(orgnr).ok) issues.push(error('customer.orgnr', 'orgnr.invalid'));
  if (email !== '' && !isValidEmail(email)) {
    issues.push(error('customer.invoiceEmail', 'email.invalid'));
  } else if (email === '' && ctx.requireComplete && input.invoicing.method === 'email') {
    issues.push(error('customer.invoiceEmail', 'email.missing'));
  }
  if (phone !== '' && !isValidPhone(phone)) issues.push(error('customer.phone', 'phone.invalid'));
}

function checkContact(input: CollaborationInput, ctx: CollaborationContext, issues: Issues) {
  const contact = input.contact;
  if (!contact) {
    // Onboarding needs someone at the customer to inform and to invite.
    if (ctx.requireComplete) {
      issues.push(error('contact.name', 'name.missing'), error('contact.email', 'email.invalid'));
    }
    return;
  }
  if (blank(contact.name)) issues.push(error('contact.name', 'name.missing'));
  if (!isValidEmail(trimmed(contact.email))) issues.push(error('contact.email', 'email.invalid'));
  const phone = trimmed(contact.phone);
  if (phone !== '' && !isValidPhone(phone)) issues.push(error('contact.phone', 'phone.invalid'));
  // Absent keeps the stored number and empty removes it: only a given number is checked.
  const personnummer = trimmed(contact.personnummer);
  if (personnummer !== '') {
    const pnr = parsePersonnummer(personnummer);
    if (!pnr.ok) issues.push(error('contact.personnummer', pnr.code));
  }
}

function checkInvoicing(input: CollaborationInput, ctx: CollaborationContext, issues: Issues) {
  const { payer, method } = input.invoicing;
  // The bureau pays through one collective invoice (samlingsfaktura), and only the bureau can.
  if ((payer === 'bureau') !== (method === 'collective')) {
    issues.push(error('invoicing.method', 'invoicing.methodInvalid'));
  }
  if (payer === 'bureau' && !ctx.hasResellerAgreement) {
    issues.push(error('invoicing.payer', 'invoicing.resellerAgreementRequired'));
  }
  if (method === 'e-invoice') checkEInvoice(input, ctx, issues);
  if (method === 'paper' && ctx.requireComplete && !hasPaperAddress(input)) {
    issues.push(error('invoicing.paperAddress', 'address.missing'));
  }
}

function checkEInvoice(input: CollaborationInput, ctx: CollaborationContext, issues: Issues) {
  const e = input.invoicing.eInvoice;
  const id = trimmed(e?.id);
  if (id === '' && !ctx.requireComplete) return;
  if (e?.scheme === 'gln') {
    if (!isValidGln(id)) issues.push(error('invoicing.eInvoice.id', 'invoicing.glnInvalid'));
  } else if (!isValidPeppolId(id)) {
    issues.push(error('invoicing.eInvoice.id', 'invoicing.peppolIdInvalid'));
  }
}

/** A paper invoice needs one complete postal address: its own, or else the customer's. */
function hasPaperAddress(input: CollaborationInput): boolean {
  return isComplete(input.invoicing.paperAddress) || isComplete(input.customer.address);
}

function isComplete(a: Address | undefined): boolean {
  return !!a && !blank(a.street) && !blank(a.postalCode) && !blank(a.city);
}

export function validateBureau(input: BureauInput): Issues {
  const issues: Issues = [];
  if (blank(input.name)) issues.push(error('name', 'name.missing'));
  if (blank(input.orgnr)) issues.push(error('orgnr', 'orgnr.missing'));
  else if (!parseOrganisationsnummer(input.orgnr).ok) issues.push(error('orgnr', 'orgnr.invalid'));
  if (input.resellerAgreement && blank(input.agreementNumber)) {
    issues.push(error('agreementNumber', 'agreement.numberMissing'));
  }
  if (input.agreementValidFrom != null && !isIsoDay(input.agreementValidFrom)) {
    issues.push(error('agreementValidFrom', 'date.invalid'));
  }
  if (blank(input.staffName)) issues.push(error('staffName', 'name.missing'));
  const { name, agreementNumber, staffName } = input;
  return withTextRule({ name, agreementNumber, staffName }, issues);
}

/** YYYY-MM-DD naming a day that exists (2030-02-29 does not). */
