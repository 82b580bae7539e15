import type { FieldIssue } from '../../../../shared/errors';
import {
  canApprove,
  emailKey,
  tallyCompleteness,
  validateUser,
} from '../../../../shared/domain/users';
import type { UserRulesContext } from '../../../../shared/domain/users';
import type {
  CompletenessSummary,
  Role,
  UserFields,
  UserRow,
} from '../../../../shared/schemas/users';

/**
 * What the rules need to know of a customer's loaded users, indexed once per list so that
 * checking one keystroke stays O(1) with thousands of users.
 */
export interface UserIndex {
  byId: ReadonlyMap<string, UserRow>;
  emails: ReadonlyMap<string, readonly string[]>;
  employeeNumbers: ReadonlyMap<string, readonly string[]>;
  /** Users who may approve others (Attestansvarig, Administratör), in Swedish name order. */
  approvers: readonly UserRow[];
  /** Approver id → the users whose time they approve (themself included, if so). */
  approvees: ReadonlyMap<string, readonly string[]>;
}

/**
 * The id a new user is saved under, made here: the services accept an id of the client's
 * making for a new user, so that it can name itself as its own approver in the same save.
 */
export function newUserId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const swedish = new Intl.Collator('sv');

export const fullName = (row: { firstName: string; lastName: string }): string =>
  `${row.firstName} ${row.lastName}`.trim();

/** Last name, then first name, in Swedish order (… Y Z Å Ä Ö). */
export function compareByName(a: UserRow, b: UserRow): number {
  return swedish.compare(a.lastName, b.lastName) || swedish.compare(a.firstName, b.firstName);
}

/**
 * "12 of 15 complete; 3 lack an employee number", counted from the loaded list: each row's
 * `missing` holds the same warning codes users:summary counts, so the page needs no second call.
 */
export function summarizeUsers(rows: readonly UserRow[]): CompletenessSummary {
  return tallyCompleteness(rows.map((row) => row.missing));
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

export function indexUsers(rows: readonly UserRow[]): UserIndex {
  const byId = new Map<string, UserRow>();
  const emails = new Map<string, string[]>();
  const employeeNumbers = new Map<string, string[]>();
  const approvees = new Map<string, string[]>();
  for (const row of rows) {
    byId.set(row.id, row);
    if (row.approverId) push(approvees, row.approverId, row.id);
    if (row.email.trim()) push(emails, emailKey(row.email), row.id);
    if (row.employeeNumber.trim()) push(employeeNumbers, row.employeeNumber.trim(), row.id);
  }
  const approvers = rows.filter((row) => canApprove(row.role)).sort(compareByName);
  return { byId, emails, employeeNumbers, approvers, approvees };
}

const takenByOther = (ids: readonly string[] | undefined, selfId: string | null) =>
  ids !== undefined && ids.some((id) => id !== selfId);

/**
 * The rules' context for one user, from the other loaded users. A personnummer cannot be
 * compared here (the list holds masked numbers only): the services answer personnummer.duplicate.
 */
export function rulesContext(
  index: UserIndex,
  selfId: string | null,
  fields: Pick<UserFields, 'approverId' | 'role'>,
  hasStoredPersonnummer: boolean,
): UserRulesContext {
  const approverId = fields.approverId;
  let approver: UserRulesContext['approver'];
  if (approverId !== null) {
    const found = approverId === selfId ? null : index.byId.get(approverId);
    approver = found ? { id: found.id, role: found.role } : null;
  }
  return {
    selfId,
    emailTaken: (key) => takenByOther(index.emails.get(key), selfId),
    personnummerTaken: () => false,
    employeeNumberTaken: (number) => takenByOther(index.employeeNumbers.get(number.trim()), selfId),
    approver,
    hasStoredPersonnummer,
  };
}

/** Every issue of one user as it would be saved: the same rules the services apply. */
export function checkUser(
  index: UserIndex,
  selfId: string | null,
  fields: UserFields,
  hasStoredPersonnummer: boolean,
): FieldIssue[] {
  return validateUser(fields, rulesContext(index, selfId, fields, hasStoredPersonnummer));
}

/**
 * The services' rule beyond validateUser: an approver who approves others keeps an approving
 * role until those others have another approver (users changed together excepted).
 */
export function demotionIssue(
  index: UserIndex,
  stored: UserRow | null,
  role: Role,
  exceptIds: ReadonlySet<string> = new Set(),
): FieldIssue | null {
  if (!stored || !canApprove(stored.role) || canApprove(role)) return null;
  const others = (index.approvees.get(stored.id) ?? []).filter(
    (id) => id !== stored.id && !exceptIds.has(id),
  );
  return others.length > 0
    ? { field: 'role', code: 'approver.hasApprovees', severity: 'error' }
    : null;
}

/** Every issue of saving `fields` over the stored user (null: a new one under `selfId`). */
export function checkSave(
  index: UserIndex,
  stored: UserRow | null,
  selfId: string,
  fields: UserFields,
  exceptIds?: ReadonlySet<string>,
): FieldIssue[] {
  const issues = checkUser(index, selfId, fields, stored?.personnummerMasked != null);
  const demotion = demotionIssue(index, stored, fields.role, exceptIds);
  return demotion ? [...issues, demotion] : issues;
}

/** What a row holds, as users:save takes it; the personnummer is left out (kept as stored). */
export function fieldsOf(row: UserRow): UserFields {
  return {
    firstName: row.firstName.trim(),
    lastName: row.lastName.trim(),
    email: row.email.trim(),
    mobile: row.mobile.trim(),
    employeeNumber: row.employeeNumber.trim(),
    salaryForm: row.salaryForm,
    role: row.role,
    approverId: row.approverId,
    profileId: row.profileId,
  };
}

const FIELD_KEYS = [
  'firstName',
  'lastName',
  'email',
  'personnummer',
  'mobile',
  'employeeNumber',
  'salaryForm',
  'role',
  'approverId',
  'profileId',
] as const satisfies readonly (keyof UserFields)[];

export function sameFields(a: UserFields, b: UserFields): boolean {
  return FIELD_KEYS.every((key) => (a[key] ?? null) === (b[key] ?? null));
}

/** The errors among the issues: what refuses a save. */
export const errorsOf = (issues: readonly FieldIssue[]) =>
  issues.filter((issue) => issue.severity === 'error');

/**
 * The error to show on one edited cell: its own field's first, else one the edit caused
 * elsewhere (a Rapportör who approved themself: the role cell explains why it cannot be saved).
 */
export function cellError(
  index: UserIndex,
  row: UserRow,
  field: keyof UserFields,
  next: UserFields,
): FieldIssue | null {
  const after = errorsOf(checkSave(index, row, row.id, next));
  const own = after.find((issue) => issue.field === field);
  if (own) return own;
  const before = new Set(
    errorsOf(checkSave(index, row, row.id, fieldsOf(row))).map(
      (issue) => `${issue.field}:${issue.code}`,
    ),
  );
  return after.find((issue) => !before.has(`${issue.field}:${issue.code}`)) ?? null;
}

/** Approvers a user may get: the approving users, and the user themself when the role allows. */
export function approverChoices(index: UserIndex, selfId: string | null, role: Role): UserRow[] {
  const others = index.approvers.filter((row) => row.id !== selfId);
  const self = selfId !== null ? index.byId.get(selfId) : undefined;
  return canApprove(role) && self ? [self, ...others] : others;
}
