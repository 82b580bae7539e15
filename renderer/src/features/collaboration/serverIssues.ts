import { isErrorCode, type FieldIssue } from '../../../../shared/errors';

function isIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && isErrorCode(v.code);
}

/** The field issues a refused save carries in error.details (a list, or { issues: [...] }). */
export function serverIssues(details: unknown): FieldIssue[] {
  const list = Array.isArray(details)
    ? details
    : typeof details === 'object' &&
        details !== null &&
        Array.isArray((details as { issues?: unknown }).issues)
      ? (details as { issues: unknown[] }).issues
      : [];
  return list.filter(isIssue);
}

/** The dotted path of the first field with an error, in the order the form shows them. */
export function firstErrorPath(errors: object, prefix = ''): string | null {
  for (const [key, value] of Object.entries(errors)) {
    if (typeof value !== 'object' || value === null || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') return path;
    const inner = firstErrorPath(value as object, path);
    if (inner) return inner;
  }
  return null;
}
