import type { FieldIssue } from '../errors';
import type { Role, UserFields } from '../schemas/users';
import { isValidEmail } from './contact';
import { parsePersonnummer } from './personnummer';
import { cleanText, withTextRule } from './text';

/**
 * What validating one user needs to know of the rest of the customer. Functions rather than
 * lists, so the services can answer with indexed look-ups (and an import with its own sets).
 */
export interface UserRulesContext {
  selfId: string | null;
  emailTaken(emailKey: string): boolean;
  personnummerTaken(digits12: string): boolean;
  employeeNumberTaken(employeeNumber: string): boolean;
  /** The approver named by approverId: undefined when none is named, null when not found. */
  approver: { id: string; role: Role } | null | undefined;
  /** When the input leaves the personnummer out, whether one is stored. */
  hasStoredPersonnummer: boolean;
  today?: Date;
}

const APPROVING_ROLES: readonly Role[] = ['approver', 'admin'];

export const canApprove = (role: Role): boolean => APPROVING_ROLES.includes(role);

/** The form e-mail addresses are compared in: cleaned, lower case. */
export const emailKey = (email: string): string => lowerCase(cleanText(email));

/**
 * toLowerCase, but the text itself when nothing would change (ASCII without a capital, as nearly
 * every address is): toLowerCase copies even then, and an import asks for each row's key thrice.
 */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return text.toLowerCase();
  }
  return text;
}

/**
 * The warnings that make a user incomplete: the article's list (e-mail, employee number, salary
 * form, approver), in its order. Other warnings (personnummer.missing: no BankID) inform only.
 */
export const INCOMPLETE_CODES = [
  'email.missing',
  'employeeNumber.missing',
  'salaryForm.missing',
  'approver.missing',
] as const;

const isIncompleteCode = (code: string): boolean =>
  (INCOMPLETE_CODES as readonly string[]).includes(code);

/**
 * Every rule of DESIGN.md section 4: errors refuse the save, warnings keep it; the warnings of
 * INCOMPLETE_CODES mark the user incomplete.
 */
export function validateUser(fields: UserFields, ctx: UserRulesContext): FieldIssue[] {
  const { firstName, lastName, email, personnummer, mobile, employeeNumber } = fields;
  const texts = { firstName, lastName, email, personnummer, mobile, employeeNumber };
  return withTextRule(texts, userIssues(fields, ctx));
}

function userIssues(fields: UserFields, ctx: UserRulesContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const error = (field: string, code: FieldIssue['code']) =>
    issues.push({ field, code, severity: 'error' });
  const warn = (field: string, code: FieldIssue['code']) =>
    issues.push({ field, code, severity: 'warning' });

  if (!cleanText(fields.firstName)) error('firstName', 'name.missing');
  if (!cleanText(fields.lastName)) error('lastName', 'name.missing');

  const email = cleanText(fields.email ?? '');
  if (email && !isValidEmail(email)) error('email', 'email.invalid');
  else if (email && ctx.emailTaken(emailKey(email))) error('email', 'email.duplicate');

  const hasPersonnummer = checkPersonnummer(fields.personnummer, ctx, error);
  if (!email && !hasPersonnummer) error('email', 'login.none');
  else if (!email) warn('email', 'email.missing');
  if (email && !hasPersonnummer) warn('personnummer', 'personnummer.missing');

  const employeeNumber = cleanText(fields.employeeNumber ?? '');
  if (!employeeNumber) warn('employeeNumber', 'employeeNumber.missing');
  else if (ctx.employeeNumberTaken(employeeNumber))
    error('employeeNumber', 'employeeNumber.duplicate');

  if (fields.salaryForm === null) warn('salaryForm', 'salaryForm.missing');
  checkApprover(fields, ctx, error, warn);
  return issues;
}

/** Returns whether the user will have a personnummer after the save. */
function checkPersonnummer(
  value: string | undefined,
  ctx: UserRulesContext,
  error: (field: string, code: FieldIssue['code']) => void,
): boolean {
  if (value === undefined) return ctx.hasStoredPersonnummer;
  if (!cleanText(value)) return false;
  const parsed = parsePersonnummer(value, ctx.today);
  if (!parsed.ok) {
    error('personnummer', parsed.code);
    return true; // a number was given: 'login.none' would only confuse
  }
  if (ctx.personnummerTaken(parsed.digits)) error('personnummer', 'personnummer.duplicate');
  return true;
}

function checkApprover(
  fields: UserFields,
  ctx: UserRulesContext,
  error: (field: string, code: FieldIssue['code']) => void,
  warn: (field: string, code: FieldIssue['code']) => void,
): void {
  if (fields.approverId === null) return warn('approverId', 'approver.missing');
  if (ctx.selfId !== null && fields.approverId === ctx.selfId) {
    // Approving one's own time is for approvers and administrators only.
    if (!canApprove(fields.role)) error('approverId', 'approver.notApprover');
    return;
  }
  if (!ctx.approver) return error('approverId', 'approver.unknown');
  if (!canApprove(ctx.approver.role)) error('approverId', 'approver.notApprover');
}

/** What keeps a saved user incomplete: the warnings of INCOMPLETE_CODES among the issues. */
export function missingOf(issues: FieldIssue[]): string[] {
  return issues
    .filter((i) => i.severity === 'warning' && isIncompleteCode(i.code))
    .map((i) => i.code);
}

/** "Anna Maria Ek" → first "Anna Maria", last "Ek": how a contact's one name becomes a user's two. */
export function splitFullName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return { firstName: parts[0] ?? '', lastName: '' };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1) ?? '' };
}

/**
 * "12 of 15 complete; 3 lack an employee number": counted from each user's missing-field codes,
 * the same for the service and for a page that has the list already.
 */
export function tallyCompleteness(missingPerUser: readonly (readonly string[])[]) {
  const missing: Record<string, number> = {};
  let complete = 0;
  for (const codes of missingPerUser) {
    if (codes.length === 0) complete += 1;
    for (const code of codes) missing[code] = (missing[code] ?? 0) + 1;
  }
  return { total: missingPerUser.length, complete, missing };
}
