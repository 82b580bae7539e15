import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { formatsFor } from '../../i18n/useFormat';
import { auditAction } from './auditAction';

const format = formatsFor('sv');

/** Echoes the key and its values, so the test reads which wording was chosen. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-11-28T12:00:00.000Z',
  actor: 'Anna Ek',
  entity: 'customer',
  entityId: 'c1',
  customerId: 'c1',
  action: 'update',
  subject: '',
  before: null,
  after: null,
  ...over,
});

describe('an entry of the change history', () => {
  it('names a reviewed section instead of listing "reviewed: no → yes"', () => {
    const result = auditAction(
      t,
      format,
      entry({
        entity: 'settings.overtime',
        before: { reviewed: false },
        after: { reviewed: true },
      }),
    );
    expect(result.text.startsWith('audit.reviewedPart')).toBe(true);
    expect(result.details).toBe(false);
  });

  it('says a profile was created, not the collaboration', () => {
    const result = auditAction(
      t,
      format,
      entry({ entity: 'profile', action: 'create', after: { name: 'Timanställda' } }),
    );
    expect(result.text).toBe('audit.profile.create {"name":"Timanställda"}');
  });

  it('tells a copy from a template from one from another customer', () => {
    expect(
      auditAction(
        t,
        format,
        entry({ entity: 'settings', after: { copiedFrom: { templateId: 'x' } } }),
      ).text,
    ).toBe('audit.copiedTemplate');
    expect(
      auditAction(
        t,
        format,
        entry({ entity: 'settings', after: { copiedFrom: { customerId: 'y' } } }),
      ).text,
    ).toBe('audit.copiedCustomer');
  });

  it('says which add-on service was activated, and for which days, in Swedish dates', () => {
    const created = (after: Record<string, unknown>) =>
      auditAction(t, format, entry({ entity: 'addon.kvitto', action: 'create', after })).text;
    expect(created({ code: 'kvitto', activeFrom: '2030-03-01', activeTo: null })).toBe(
      'audit.addon.create {"code":"kvitto","from":"1 mars 2030","to":null}',
    );
    expect(created({ activeFrom: '2030-03-01', activeTo: '2030-05-31' })).toBe(
      'audit.addon.createUntil {"code":"kvitto","from":"1 mars 2030","to":"31 maj 2030"}',
    );
  });

  it('tells an add-on ended from one made open-ended again, without a list of fields', () => {
    const changed = (before: string | null, after: string | null) =>
      auditAction(
        t,
        format,
        entry({
          entity: 'addon.kvitto',
          action: 'update',
          before: { activeTo: before },
          after: { activeTo: after },
        }),
      );
    expect(changed(null, '2030-06-30')).toEqual({
      text: 'audit.addon.end {"code":"kvitto","to":"30 juni 2030"}',
      details: false,
    });
    expect(changed('2030-06-30', null).text).toBe('audit.addon.reopen {"code":"kvitto","to":null}');
  });

  it('says an add-on service was deleted, not the customer', () => {
    const result = auditAction(
      t,
      format,
      entry({ entity: 'addon.personalliggare', action: 'delete', before: { code: 'x' } }),
    );
    expect(result.text).toBe('audit.addon.delete {"code":"personalliggare"}');
  });

  it("keeps the customer's own wording for the customer", () => {
    expect(auditAction(t, format, entry({ action: 'create' }))).toEqual({
      text: 'audit.customer.create',
      details: false,
    });
  });

  it('says a customer was connected to Blikk or disconnected, never "Skapade"', () => {
    const connection = (action: AuditEntry['action'], after: Record<string, unknown> | null) =>
      auditAction(t, format, entry({ entity: 'blikkConnection', action, subject: 'app-1', after }))
        .text;
    expect(connection('create', { appId: 'app-1', secret: 'satt' })).toBe(
      'blikk.audit.connect {"appId":"app-1"}',
    );
    expect(connection('update', { appId: 'app-1', secret: 'bytt' })).toBe(
      'blikk.audit.reconnect {"appId":"app-1"}',
    );
    expect(connection('delete', null)).toBe('blikk.audit.disconnect {"appId":"app-1"}');
  });

  it("names the field and the user when staff accept Blikk's value or keep the prepared one", () => {
    const choice = (value: string) =>
      auditAction(
        t,
        format,
        entry({
          entity: 'blikkDifference',
          action: 'create',
          subject: 'Cecilia Lind',
          after: { choice: value, field: 'name', prepared: 'Cecilia Lind', blikk: 'Cissi Lind' },
        }),
      );
    expect(choice('keep')).toEqual({
      text: 'blikk.audit.keep {"field":"blikk.fields.name","name":"Cecilia Lind","prepared":"Cecilia Lind","blikk":"Cissi Lind"}',
      details: false,
    });
    expect(choice('accept').text.startsWith('blikk.audit.accept ')).toBe(true);
  });
});
