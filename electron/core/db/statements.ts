const SELECT = /^\s*SELECT\b/i;
const WITH = /^\s*WITH\b/i;
/** A common table expression may end in any of these: such a statement is a write. */
const DATA_CHANGE = /\b(INSERT|UPDATE|DELETE|REPLACE)\b/i;

/**
 * Whether a statement only reads, so that it can run on the read-only connection outside a
 * transaction. Conservative: anything else (PRAGMA, VACUUM, a statement opening with a comment)
 * counts as a write and takes the writer's turn, which is slower but never wrong; a write taken
 * for a read would be refused by the read-only connection (SQLITE_READONLY), never run.
 */
export function isReadOnlyStatement(sql: string): boolean {
  if (SELECT.test(sql)) return true;
  return WITH.test(sql) && !DATA_CHANGE.test(sql);
}
