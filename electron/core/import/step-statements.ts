import { toAuditRow } from '../audit/audit-service';
import { jsonInserts } from '../db/json-insert';
import type { RowStep, StatementLayouts, WriteStep } from './planner';

/**
 * A step's users and audit as the statements that write them, built in the worker thread: the
 * core's thread then receives a few strings instead of thousands of objects to copy, convert and
 * collect. A step that cannot go as JSON (see json-insert.ts) goes as rows, and the core writes
 * them the portable way.
 */
export function asStatements(step: RowStep, layouts: StatementLayouts, at: string): WriteStep {
  const auditRows = step.audits.flatMap((input) => toAuditRow(input, at, layouts.actor) ?? []);
  const users = jsonInserts(layouts.users, step.users);
  const audit = jsonInserts(layouts.audit, auditRows);
  return users && audit ? { count: step.users.length, statements: [...users, ...audit] } : step;
}
