import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { ROW_HEIGHT, rowHeight, rowOffsets, visibleRange } from './listLayout';

const entry = (id: number, fields = 0): AuditEntry => ({
  id,
  at: '2026-12-07T10:00:00.000Z',
  actor: 'Anna Ek',
  entity: 'user',
  entityId: `u${id}`,
  customerId: null,
  action: 'update',
  subject: 'Bo Ask',
  before: Object.fromEntries(Array.from({ length: fields }, (_, i) => [`f${i}`, 'a'])),
  after: Object.fromEntries(Array.from({ length: fields }, (_, i) => [`f${i}`, 'b'])),
});

describe('the audit list draws only the rows in sight', () => {
  const entries = Array.from({ length: 100_000 }, (_, i) => entry(100_000 - i, 2));

  it('a window of 480 pixels halfway down draws about ten rows and the overscan', () => {
    const offsets = rowOffsets(entries, new Set());
    const top = 50_000 * ROW_HEIGHT;
    const { start, end } = visibleRange(offsets, top, 480);
    expect(start).toBe(50_000 - 8);
    expect(end).toBe(50_000 + 10 + 8);
  });

  it('an open row pushes the rows below it down by its lines', () => {
    const open = new Set([entries[1]!.id]);
    const offsets = rowOffsets(entries.slice(0, 3), open);
    expect(offsets[2]! - offsets[1]!).toBe(rowHeight(entries[1]!, true));
    expect(rowHeight(entries[1]!, true)).toBeGreaterThan(ROW_HEIGHT);
    expect(offsets[3]! - offsets[2]!).toBe(ROW_HEIGHT);
  });
});
