import { AppError, type FieldIssue } from '../../shared/errors';

/** Refuses a save that has errors: the first error's code, with every issue in the details. */
export function assertNoErrors(issues: FieldIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  if (first) {
    throw new AppError(first.code, `${first.field}: ${first.code}`, { issues: errors });
  }
}
