import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { auditAction } from './auditAction';

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
  before: null,
  after: null,
  ...over,
});

describe('an entry of the change history', () => {
  it('names a reviewed section instead of listing "reviewed: no → yes"', () => {
    const result = auditAction(
      t,
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
      entry({ entity: 'profile', action: 'create', after: { name: 'Timanställda' } }),
    );
    expect(result.text).toBe('audit.profile.create {"name":"Timanställda"}');
  });

  it('tells a copy from a template from one from another customer', () => {
    expect(
      auditAction(t, entry({ entity: 'settings', after: { copiedFrom: { templateId: 'x' } } }))
        .text,
    ).toBe('audit.copiedTemplate');
    expect(
      auditAction(t, entry({ entity: 'settings', after: { copiedFrom: { customerId: 'y' } } }))
        .text,
    ).toBe('audit.copiedCustomer');
  });

  it("keeps the customer's own wording for the customer", () => {
    expect(auditAction(t, entry({ action: 'create' }))).toEqual({
      text: 'customer.actions.create',
      details: false,
    });
  });
});
