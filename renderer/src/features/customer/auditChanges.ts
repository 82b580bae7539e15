import type { AuditEntry } from '../../../../shared/schemas/app';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Bookkeeping fields that change on every save and say nothing to the reader; `source` marks
 * an import's rows (said in the entry's text).
 */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'customerId', 'source']);

/** { a: { b: 1 } } → { 'a.b': 1 }; arrays stay whole. */
function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}) {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    }
  } else if (prefix) {
    out[prefix] = value;
  }
  return out;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/** The fields whose value differs between before and after ('' and null count as the same). */
export function changesOf(entry: AuditEntry): FieldChange[] {
  const before = flatten(entry.before ?? {});
  const after = flatten(entry.after ?? {});
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !IGNORED.has(field.split('.').pop() ?? field))
    .filter((field) => {
      const a = before[field];
      const b = after[field];
      return !(isEmpty(a) && isEmpty(b)) && JSON.stringify(a) !== JSON.stringify(b);
    })
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
