import { AppError, type ErrorCode } from '../../../shared/errors';

/**
 * The unique indexes behind the users' rules (migration UniqueKeys1765600000000), and the refusal
 * each one means. The services check these rules before they write; the index is what refuses
 * a write that passed the check at the same moment as another desktop's (PostgreSQL), or one
 * made by a path that does not check (a primary contact's e-mail reaching its user). Either way
 * the caller gets the same refusal as the check gives, never 'internal'.
 */
const KEYS: { index: string; column: string; field: string; code: ErrorCode }[] = [
  { index: 'uq_users_email', column: 'email_key', field: 'email', code: 'email.duplicate' },
  {
    index: 'uq_users_pnr',
    column: 'personnummer_fp',
    field: 'personnummer',
    code: 'personnummer.duplicate',
  },
  {
    index: 'uq_users_empno',
    column: 'employee_number',
    field: 'employeeNumber',
    code: 'employeeNumber.duplicate',
  },
];

interface DriverFailure {
  code?: string;
  constraint?: string;
  message?: string;
  driverError?: DriverFailure;
}

/** The domain refusal a unique violation of one of the keys means; null for anything else. */
export function uniqueKeyRefusal(err: unknown): AppError | null {
  const failure = (err ?? {}) as DriverFailure;
  const driver = failure.driverError ?? failure;
  const key = KEYS.find((k) => violates(driver, k));
  if (!key) return null;
  const issues = [{ field: key.field, code: key.code, severity: 'error' as const }];
  return new AppError(key.code, `${key.field}: ${key.code}`, { issues });
}

/** PostgreSQL names the index (23505); SQLite names the columns ("users.customer_id, users.x"). */
function violates(driver: DriverFailure, key: (typeof KEYS)[number]): boolean {
  if (driver.code === '23505') return driver.constraint === key.index;
  const message = driver.message ?? '';
  return (
    message.includes('UNIQUE constraint failed') &&
    message.includes(`users.customer_id, users.${key.column}`)
  );
}
