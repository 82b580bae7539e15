import { describe, expect, it } from 'vitest';
import { collaborationSchema } from './collaborationResolver';
import { emptyValues } from './formValues';

function issuesOf(values: ReturnType<typeof emptyValues>, hasResellerAgreement = false, step = 4) {
  const result = collaborationSchema({ mode: 'create', hasResellerAgreement, step }).safeParse(
    values,
  );
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the collaboration form validation', () => {
  it('reports error codes at the fields they belong to', () => {
    const values = emptyValues();
    values.customer.orgnr = '556016-0681';
    const issues = issuesOf(values);
    expect(issues['customer.orgnr']).toBe('orgnr.invalid');
    expect(issues['customer.name']).toBe('name.missing');
    expect(issues['contact.email']).toBe('email.invalid');
  });

  it('refuses the collective invoice without a reseller agreement', () => {
    const values = emptyValues();
    values.invoicing.payer = 'bureau';
    values.invoicing.method = 'collective';
    expect(issuesOf(values, false)['invoicing.payer']).toBe('invoicing.resellerAgreementRequired');
    expect(issuesOf(values, true)['invoicing.payer']).toBeUndefined();
  });

  it('asks for the invoice e-mail only once the invoicing step is reached', () => {
    const values = emptyValues();
    expect(issuesOf(values, false, 2)['customer.invoiceEmail']).toBeUndefined();
    expect(issuesOf(values, false, 3)['customer.invoiceEmail']).toBe('email.missing');
  });
});
