import { describe, expect, it } from 'vitest';
import { emptyValues, mergeKnown, toInput } from './formValues';

describe('the collaboration form values', () => {
  it('send only the details of the chosen invoicing method', () => {
    const values = emptyValues();
    values.invoicing.method = 'e-invoice';
    values.invoicing.eInvoice = { scheme: 'gln', id: ' 7350000000007 ' };
    values.invoicing.paperAddress.street = 'Storgatan 1';
    const input = toInput(values, 'create');
    expect(input.invoicing.eInvoice).toEqual({ scheme: 'gln', id: '7350000000007' });
    expect(input.invoicing.paperAddress).toBeUndefined();
  });

  it('turn a number of licences that is not a whole number into 0, which the rules refuse', () => {
    const values = emptyValues();
    values.licences = '2.5';
    expect(toInput(values, 'create').licences).toBe(0);
    values.licences = ' 12 ';
    expect(toInput(values, 'create').licences).toBe(12);
  });

  it('keep the stored personnummer when an edit leaves the field empty, and remove it on request', () => {
    const values = emptyValues();
    values.contact.name = 'Karin';
    values.contact.email = 'karin@example.se';
    expect(toInput(values, 'edit').contact).not.toHaveProperty('personnummer');
    values.contact.removePersonnummer = true;
    expect(toInput(values, 'edit').contact?.personnummer).toBe('');
    values.contact.removePersonnummer = false;
    values.contact.personnummer = '19900101-0017';
    expect(toInput(values, 'edit').contact?.personnummer).toBe('19900101-0017');
  });

  it('restore a draft without letting unknown keys or wrong types into the form', () => {
    const merged = mergeKnown(emptyValues(), {
      licences: '4',
      customer: { name: 'Utkast AB', orgnr: 5560160680, evil: true },
      extra: 'ignored',
    });
    expect(merged.licences).toBe('4');
    expect(merged.customer.name).toBe('Utkast AB');
    expect(merged.customer.orgnr).toBe('');
    expect(merged).not.toHaveProperty('extra');
    expect(merged.customer).not.toHaveProperty('evil');
  });
});
