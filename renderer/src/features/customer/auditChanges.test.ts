import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { changesOf } from './auditChanges';

const entry = (before: Record<string, unknown>, after: Record<string, unknown>): AuditEntry => ({
  id: 1,
  at: '2030-01-01T10:00:00.000Z',
  actor: 'Anna',
  entity: 'customer',
  entityId: 'c1',
  subject: '',
  customerId: 'c1',
  action: 'update',
  before,
  after,
});

describe('the change history', () => {
  it('lists only the fields whose value changed', () => {
    const changes = changesOf(
      entry({ phone: '08-1', name: 'A', licences: 2 }, { phone: '08-2', name: 'A', licences: 2 }),
    );
    expect(changes).toEqual([{ field: 'phone', before: '08-1', after: '08-2' }]);
  });

  it('treats empty and missing as the same, and skips bookkeeping fields', () => {
    const changes = changesOf(entry({ invoiceEmail: '', updatedAt: 'x' }, { updatedAt: 'y' }));
    expect(changes).toEqual([]);
  });
});
