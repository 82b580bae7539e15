import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../shared/errors';
import { validateCollaboration } from '../../../shared/domain/collaboration';
import type { CollaborationInput } from '../../../shared/schemas/customer';

/** A complete collaboration the wizard would accept; each test breaks one thing. */
function valid(): CollaborationInput {
  return {
    version: 'easy',
    licences: 12,
    customer: {
      name: 'Nordviks Bygg AB',
      orgnr: '556016-0680',
      address: { street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm' },
      phone: '08-465 004 12',
      invoiceEmail: 'faktura@nordviksbygg.example',
    },
    contact: {
      name: 'Åsa Öberg',
      email: 'asa.oberg@nordviksbygg.example',
      phone: '070-174 06 50',
      personnummer: '19811218-9876',
      alsoFirstAdmin: true,
    },
    invoicing: { payer: 'customer', method: 'email' },
  };
}

const reseller = { hasResellerAgreement: true };
const wizard = { hasResellerAgreement: true, requireComplete: true };
const issue = (field: string, code: FieldIssue['code']): FieldIssue => ({
  field,
  code,
  severity: 'error',
});
const codes = (issues: FieldIssue[]) => issues.map((i) => `${i.field}:${i.code}`);

describe('a bureau creates a collaboration for a customer', () => {
  it('accepts a complete collaboration, also in the wizard', () => {
    expect(validateCollaboration(valid(), reseller)).toEqual([]);
    expect(validateCollaboration(valid(), wizard)).toEqual([]);
    expect(validateCollaboration(valid(), { hasResellerAgreement: false })).toEqual([]);
  });

  it('needs at least one licence', () => {
    for (const licences of [0, -3]) {
      expect(validateCollaboration({ ...valid(), licences }, reseller)).toEqual([
        issue('licences', 'licences.min'),
      ]);
    }
  });

  it('needs the names of the customer and the contact', () => {
    const input = valid();
    input.customer.name = '  ';
    input.contact!.name = '';
    expect(validateCollaboration(input, reseller)).toEqual([
      issue('customer.name', 'name.missing'),
      issue('contact.name', 'name.missing'),
    ]);
  });

  it('refuses an organisation number that fails its checks', () => {
    for (const orgnr of ['', '556016-0681', '551016-0680', 'AB123']) {
      const input = valid();
      input.customer.orgnr = orgnr;
      expect(validateCollaboration(input, reseller), orgnr).toEqual([
        issue('customer.orgnr', 'orgnr.invalid'),
      ]);
    }
  });

  it("accepts a sole trader's personnummer as organisation number", () => {
    const input = valid();
    input.customer.orgnr = '811218-9876';
    expect(validateCollaboration(input, reseller)).toEqual([]);
  });

  it('lets the invoice e-mail and phones be empty, but not wrong', () => {
    const empty = valid();
    empty.customer.invoiceEmail = '';
    empty.customer.phone = '';
    empty.contact!.phone = undefined;
    expect(validateCollaboration(empty, reseller)).toEqual([]);

    const wrong = valid();
    wrong.customer.invoiceEmail = 'faktura@';
    wrong.customer.phone = 'ring mig';
    wrong.contact!.phone = '12';
    expect(validateCollaboration(wrong, reseller)).toEqual([
      issue('customer.invoiceEmail', 'email.invalid'),
      issue('customer.phone', 'phone.invalid'),
      issue('contact.phone', 'phone.invalid'),
    ]);
  });

  it('needs a valid e-mail for the contact, since that is where the welcome goes', () => {
    for (const email of ['', 'asa.oberg', 'asa oberg@x.se']) {
      const input = valid();
      input.contact!.email = email;
      expect(validateCollaboration(input, reseller)).toEqual([
        issue('contact.email', 'email.invalid'),
      ]);
    }
  });

  it("checks the contact's personnummer only when one is given", () => {
    const cases: [string | undefined, FieldIssue['code'] | null][] = [
      [undefined, null], // keep the stored one
      ['', null], // remove it
      ['19811218-9876', null],
      ['19700428-9895', 'personnummer.checksum'],
      ['000101-T220', 'personnummer.format'],
      ['19810230-9876', 'personnummer.date'],
    ];
    for (const [personnummer, code] of cases) {
      const input = valid();
      input.contact!.personnummer = personnummer;
      for (const stored of [true, false]) {
        const issues = validateCollaboration(input, {
          ...wizard,
          contactHasStoredPersonnummer: stored,
        });
        expect(issues, personnummer).toEqual(code ? [issue('contact.personnummer', code)] : []);
      }
    }
  });

  it('may be saved without a contact, but the wizard needs one', () => {
    const input = { ...valid(), contact: null };
    expect(validateCollaboration(input, reseller)).toEqual([]);
    expect(validateCollaboration({ ...valid(), contact: undefined }, reseller)).toEqual([]);
    expect(validateCollaboration(input, wizard)).toEqual([
      issue('contact.name', 'name.missing'),
      issue('contact.email', 'email.invalid'),
    ]);
  });

  it('reports every problem at once, all as errors', () => {
    const input: CollaborationInput = {
      version: 'easy',
      licences: 0,
      customer: { name: '', orgnr: '123', invoiceEmail: 'x', phone: 'x' },
      contact: { name: '', email: '', phone: 'x', personnummer: '1', alsoFirstAdmin: false },
      invoicing: { payer: 'bureau', method: 'e-invoice', eInvoice: { scheme: 'gln', id: '1' } },
    };
    const issues = validateCollaboration(input, { hasResellerAgreement: false });
    expect(codes(issues)).toEqual([
      'licences:licences.min',
      'customer.name:name.missing',
      'customer.orgnr:orgnr.invalid',
      'customer.invoiceEmail:email.invalid',
      'customer.phone:phone.invalid',
      'contact.name:name.missing',
      'contact.email:email.invalid',
      'contact.phone:phone.invalid',
      'contact.personnummer:personnummer.format',
      'invoicing.method:invoicing.methodInvalid',
      'invoicing.payer:invoicing.resellerAgreementRequired',
      'invoicing.eInvoice.id:invoicing.glnInvalid',
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });
});

describe('who pays, and how the invoice is sent', () => {
  const withInvoicing = (invoicing: CollaborationInput['invoicing']) => ({ ...valid(), invoicing });

  it('lets the bureau pay by collective invoice when it has a reseller agreement', () => {
    const input = withInvoicing({ payer: 'bureau', method: 'collective' });
    expect(validateCollaboration(input, wizard)).toEqual([]);
  });

  it('refuses the bureau as payer without a reseller agreement', () => {
    const input = withInvoicing({ payer: 'bureau', method: 'collective' });
    expect(validateCollaboration(input, { hasResellerAgreement: false })).toEqual([
      issue('invoicing.payer', 'invoicing.resellerAgreementRequired'),
    ]);
  });

  it('sends the bureau only collective invoices, and the customer never one', () => {
    for (const method of ['email', 'e-invoice', 'paper'] as const) {
      const input = withInvoicing({ payer: 'bureau', method });
      expect(validateCollaboration(input, reseller), method).toEqual([
        issue('invoicing.method', 'invoicing.methodInvalid'),
      ]);
    }
    const input = withInvoicing({ payer: 'customer', method: 'collective' });
    expect(validateCollaboration(input, reseller)).toEqual([
      issue('invoicing.method', 'invoicing.methodInvalid'),
    ]);
  });

  it('needs an invoice e-mail for invoices by e-mail, in the wizard', () => {
    const input = valid();
    input.customer.invoiceEmail = undefined;
    expect(validateCollaboration(input, reseller)).toEqual([]);
    expect(validateCollaboration(input, wizard)).toEqual([
      issue('customer.invoiceEmail', 'email.missing'),
    ]);
  });

  it('checks the e-invoice address by its scheme', () => {
    const peppol = (id: string) =>
      withInvoicing({ payer: 'customer', method: 'e-invoice', eInvoice: { scheme: 'peppol', id } });
    const gln = (id: string) =>
      withInvoicing({ payer: 'customer', method: 'e-invoice', eInvoice: { scheme: 'gln', id } });
    expect(validateCollaboration(peppol('0007:5560160680'), wizard)).toEqual([]);
    expect(validateCollaboration(gln('7350000000009'), wizard)).toEqual([]);
    expect(validateCollaboration(peppol('5560160680'), reseller)).toEqual([
      issue('invoicing.eInvoice.id', 'invoicing.peppolIdInvalid'),
    ]);
    expect(validateCollaboration(gln('7350000000005'), reseller)).toEqual([
      issue('invoicing.eInvoice.id', 'invoicing.glnInvalid'),
    ]);
  });

  it('lets the e-invoice address wait until the wizard needs it', () => {
    const none = withInvoicing({ payer: 'customer', method: 'e-invoice' });
    const blank = withInvoicing({
      payer: 'customer',
      method: 'e-invoice',
      eInvoice: { scheme: 'gln', id: ' ' },
    });
    expect(validateCollaboration(none, reseller)).toEqual([]);
    expect(validateCollaboration(blank, reseller)).toEqual([]);
    expect(validateCollaboration(none, wizard)).toEqual([
      issue('invoicing.eInvoice.id', 'invoicing.peppolIdInvalid'),
    ]);
    expect(validateCollaboration(blank, wizard)).toEqual([
      issue('invoicing.eInvoice.id', 'invoicing.glnInvalid'),
    ]);
  });

  it("sends paper invoices to the invoice address, else to the customer's address", () => {
    const paper = (paperAddress?: CollaborationInput['customer']['address']) =>
      withInvoicing({
        payer: 'customer',
        method: 'paper',
        ...(paperAddress ? { paperAddress } : {}),
      });
    const box = { street: 'Box 12', postalCode: '852 30', city: 'Sundsvall' };

    expect(validateCollaboration(paper(), wizard)).toEqual([]);
    const homeless = paper(box);
    homeless.customer.address = undefined;
    expect(validateCollaboration(homeless, wizard)).toEqual([]);

    const nowhere = paper({ street: 'Box 12' });
    nowhere.customer.address = { postalCode: '111 22', city: 'Stockholm' };
    expect(validateCollaboration(nowhere, reseller)).toEqual([]);
    expect(validateCollaboration(nowhere, wizard)).toEqual([
      issue('invoicing.paperAddress', 'address.missing'),
    ]);
  });
});
