import { randomUUID } from 'node:crypto';
import { emailKey, validateUser, type UserRulesContext } from '../../../shared/domain/users';
import type { FieldIssue } from '../../../shared/errors';
import type { Role, UserFields } from '../../../shared/schemas/users';
import type { FieldCipher } from '../crypto/cipher';
import type { ProfileRow, UserEntityRow } from '../db/entities';
import { approversOf, type Approvers, type Person } from './approvers';
import { candidateEmailKey, toCandidate, type Candidate } from './candidates';
import type { ColumnMapping } from '../../../shared/schemas/import';
import { messageFor } from './messages';
import type { ReadTable } from './read/types';
import type { ImportIssue, ImportReport } from '../../../shared/schemas/import';

export interface PlannedRow {
  id: string;
  line: number;
  matched: UserEntityRow | null;
  fields: UserFields;
  kind: 'create' | 'update' | 'unchanged';
}

export interface ImportPlan {
  report: ImportReport;
  accepted: PlannedRow[];
}

interface World {
  existing: UserEntityRow[];
  profiles: ProfileRow[];
  licences: number;
  cipher: FieldCipher;
  today: Date;
}

/**
 * Decides, row by row, what an import would do, writing nothing: the dry run and the commit
 * share it. Users match on employee number, else personnummer, else e-mail; the first of two
 * duplicates in the file wins; an approver may be named by employee number, e-mail or full name,
 * on any row. Rejecting a row can orphan rows that named it as approver, so it settles in passes.
 */
export function planImport(table: ReadTable, mapping: ColumnMapping, given: World): ImportPlan {
  const world = { ...given, cipher: rememberingFingerprints(given.cipher) };
  const candidates = table.rows.map((row) => toCandidate(row, mapping, world.today));
  const index = indexExisting(world);
  const matches = candidates.map((c) => matchOf(c, index, world.cipher));
  const ids = matches.map((match) => match?.user.id ?? randomUUID());
  let rejected = new Set<number>();
  let outcome = evaluate(candidates, ids, matches, rejected, index, world);
  for (let pass = 0; pass < 5 && !sameSet(outcome.rejected, rejected); pass++) {
    rejected = outcome.rejected;
    outcome = evaluate(candidates, ids, matches, rejected, index, world);
  }
  return { report: reportOf(table, outcome, world), accepted: outcome.accepted };
}

/**
 * The cipher with each fingerprint computed once: matching, the duplicate checks and the
 * comparison with the stored user each ask for a row's, and each is a keyed hash.
 */
function rememberingFingerprints(cipher: FieldCipher): FieldCipher {
  const known = new Map<string, string>();
  return {
    encrypt: (plain) => cipher.encrypt(plain),
    decrypt: (token) => cipher.decrypt(token),
    fingerprint(plain) {
      let fp = known.get(plain);
      if (fp === undefined) known.set(plain, (fp = cipher.fingerprint(plain)));
      return fp;
    },
  };
}

interface Index {
  byEmployee: Map<string, UserEntityRow>;
  byFingerprint: Map<string, UserEntityRow>;
  byEmail: Map<string, UserEntityRow>;
  byId: Map<string, UserEntityRow>;
}

function indexExisting(world: World): Index {
  const index: Index = {
    byEmployee: new Map(),
    byFingerprint: new Map(),
    byEmail: new Map(),
    byId: new Map(),
  };
  for (const u of world.existing) {
    index.byId.set(u.id, u);
    if (u.employeeNumber) index.byEmployee.set(u.employeeNumber, u);
    if (u.personnummerFp) index.byFingerprint.set(u.personnummerFp, u);
    if (u.emailKey) index.byEmail.set(u.emailKey, u);
  }
  return index;
}

/**
 * Employee number, else personnummer, else e-mail: a later key matches only a user who does not
 * contradict an earlier one (a row with employee number 4 is not the user numbered 1).
 */
function matchOf(c: Candidate, index: Index, cipher: FieldCipher): Match | undefined {
  const fp = c.personnummerDigits ? cipher.fingerprint(c.personnummerDigits) : null;
  const agrees = (u: UserEntityRow) =>
    (!c.employeeNumber || !u.employeeNumber || u.employeeNumber === c.employeeNumber) &&
    (!fp || !u.personnummerFp || u.personnummerFp === fp);
  const byEmployee = c.employeeNumber ? index.byEmployee.get(c.employeeNumber) : undefined;
  if (byEmployee) return { user: byEmployee, field: 'employeeNumber' };
  const byPnr = fp ? index.byFingerprint.get(fp) : undefined;
  if (byPnr && agrees(byPnr)) return { user: byPnr, field: 'personnummer' };
  const byEmail = c.email ? index.byEmail.get(candidateEmailKey(c)) : undefined;
  if (byEmail && agrees(byEmail)) return { user: byEmail, field: 'email' };
  return undefined;
}

interface Match {
  user: UserEntityRow;
  field: 'employeeNumber' | 'personnummer' | 'email';
}

interface Outcome {
  rejected: Set<number>;
  accepted: PlannedRow[];
  issues: ImportIssue[];
}

function evaluate(
  candidates: Candidate[],
  ids: string[],
  matches: (Match | undefined)[],
  rejectedBefore: Set<number>,
  index: Index,
  world: World,
): Outcome {
  const approvers = approversOf(world.existing, candidates, ids, index.byId, rejectedBefore);
  const seen: Seen = { emails: new Map(), fps: new Map(), emps: new Map() };
  const rules = passRules(seen, index, world);
  const outcome: Outcome = { rejected: new Set(), accepted: [], issues: [] };
  const taken = new Set<string>();
  candidates.forEach((c, i) => {
    const id = ids[i]!;
    const matched = index.byId.get(id) ?? null;
    const { fields, issues, approver } = fieldsOf(c, matched, approvers, world);
    const match = matches[i];
    // Two rows for one stored user: the first wins, as with any duplicate in a file.
    if (match && taken.has(id)) {
      issues.push({ field: match.field, code: `${match.field}.duplicate`, severity: 'error' });
    }
    rules.selfId = id;
    rules.approver = approverOf(fields.approverId, id, approver, approvers);
    rules.hasStoredPersonnummer = Boolean(matched?.personnummerEnc) && !c.personnummer;
    issues.push(...validateUser(fields, rules));
    let refused = false;
    for (const issue of issues) {
      outcome.issues.push(toReportIssue(c.line, issue));
      refused ||= issue.severity === 'error';
    }
    if (refused) return void outcome.rejected.add(c.line);
    remember(seen, id, fields, c, world.cipher);
    if (match) taken.add(id); // a new row's id is random: only a stored user's can come twice
    outcome.accepted.push({
      id,
      line: c.line,
      matched,
      fields,
      kind: kindOf(fields, matched, c, world.cipher),
    });
  });
  return outcome;
}

/**
 * The row's values; an empty cell keeps what a matched user has (an import never erases). An
 * approver reference that names nobody becomes the placeholder id `unknown:<ref>`: named but not
 * found, so the rules answer approver.unknown (not approver.missing); such a row is never written.
 */
function fieldsOf(c: Candidate, matched: UserEntityRow | null, approvers: Approvers, world: World) {
  const issues: FieldIssue[] = [];
  if (c.role === 'unknown') issues.push({ field: 'role', code: 'role.unknown', severity: 'error' });
  if (c.salaryForm === 'unknown') {
    issues.push({ field: 'salaryForm', code: 'salaryForm.unknown', severity: 'error' });
  }
  const approver = c.approverRef ? approvers.find(c.approverRef) : undefined;
  const profile = profileOf(c.profileRef, world.profiles, matched, issues);
  const fields: UserFields = {
    firstName: c.firstName || matched?.firstName || '',
    lastName: c.lastName || matched?.lastName || '',
    email: c.email || matched?.email || '',
    personnummer: c.personnummer || undefined,
    mobile: c.mobile || matched?.mobile || '',
    employeeNumber: c.employeeNumber || matched?.employeeNumber || '',
    salaryForm:
      c.salaryForm === 'unknown'
        ? null
        : (c.salaryForm ?? (matched?.salaryForm as UserFields['salaryForm']) ?? null),
    role:
      c.role === 'unknown' ? 'reporter' : matched && !c.roleGiven ? (matched.role as Role) : c.role,
    approverId: c.approverRef
      ? (approver?.id ?? `unknown:${c.approverRef}`)
      : (matched?.approverId ?? null),
    profileId: profile,
  };
  return { fields, issues, approver };
}

function profileOf(
  ref: string,
  profiles: ProfileRow[],
  matched: UserEntityRow | null,
  issues: FieldIssue[],
) {
  const fallback = matched?.profileId ?? profiles.find((p) => p.isDefault)?.id ?? null;
  if (!ref) return fallback;
  const found = profiles.find((p) => p.name.toLowerCase() === ref.toLowerCase());
  if (!found) issues.push({ field: 'profile', code: 'profile.notFound', severity: 'warning' });
  return found?.id ?? fallback;
}

/** The users and the rows accepted so far in a pass, by the keys no two of them may share. */
interface Seen {
  emails: Map<string, string>;
  fps: Map<string, string>;
  emps: Map<string, string>;
}

/**
 * The rules' context for one pass, pointed at each row in turn (selfId, approver, stored
 * personnummer) before its checks run: one object for the pass, not one with three closures
 * for every row.
 */
function passRules(seen: Seen, index: Index, world: World): UserRulesContext {
  const other = (owner: string | undefined) => owner !== undefined && owner !== rules.selfId;
  const rules: UserRulesContext = {
    selfId: null,
    emailTaken: (key) => other(seen.emails.get(key)) || other(index.byEmail.get(key)?.id),
    personnummerTaken: (digits) => {
      const fp = world.cipher.fingerprint(digits);
      return other(seen.fps.get(fp)) || other(index.byFingerprint.get(fp)?.id);
    },
    employeeNumberTaken: (n) => other(seen.emps.get(n)) || other(index.byEmployee.get(n)?.id),
    approver: undefined,
    hasStoredPersonnummer: false,
    today: world.today,
  };
  return rules;
}

/** The approver the rules judge: undefined when the row names none (or itself), null when unknown. */
function approverOf(
  approverId: string | null,
  selfId: string,
  found: Person | null | undefined,
  approvers: Approvers,
): Person | null | undefined {
  if (approverId?.startsWith('unknown:')) return null;
  if (!approverId || approverId === selfId) return undefined;
  return approvers.stored(approverId) ?? (found?.id === approverId ? found : null);
}

function remember(seen: Seen, id: string, fields: UserFields, c: Candidate, cipher: FieldCipher) {
  if (fields.email) seen.emails.set(emailKey(fields.email), id);
  if (c.personnummerDigits) seen.fps.set(cipher.fingerprint(c.personnummerDigits), id);
  if (fields.employeeNumber) seen.emps.set(fields.employeeNumber, id);
}

function kindOf(
  fields: UserFields,
  matched: UserEntityRow | null,
  c: Candidate,
  cipher: FieldCipher,
) {
  if (!matched) return 'create' as const;
  const samePnr =
    !c.personnummerDigits || cipher.fingerprint(c.personnummerDigits) === matched.personnummerFp;
  const same =
    samePnr &&
    fields.firstName === matched.firstName &&
    fields.lastName === matched.lastName &&
    emailKey(fields.email ?? '') === matched.emailKey &&
    fields.email === matched.email &&
    fields.mobile === matched.mobile &&
    fields.employeeNumber === matched.employeeNumber &&
    fields.salaryForm === matched.salaryForm &&
    fields.role === matched.role &&
    fields.approverId === matched.approverId &&
    fields.profileId === matched.profileId;
  return same ? ('unchanged' as const) : ('update' as const);
}

function toReportIssue(row: number, issue: FieldIssue): ImportIssue {
  return {
    row,
    field: issue.field,
    code: issue.code,
    severity: issue.severity,
    message: messageFor(issue.code),
  };
}

function reportOf(table: ReadTable, outcome: Outcome, world: World): ImportReport {
  const count = (kind: PlannedRow['kind']) =>
    outcome.accepted.filter((r) => r.kind === kind).length;
  const counts = {
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
  };
  const notes = table.notes.map((n) => ({
    row: n.line,
    field: n.column,
    code: n.code,
    severity: 'warning' as const,
    message: messageFor(n.code),
  }));
  const fileIssues = fileIssuesOf(world, world.existing.length + counts.created);
  // A refused file writes nothing: its counts say so, and what it would have done stands apart.
  const refused = fileIssues.some((i) => i.severity === 'error');
  return {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    rows: table.rows.length,
    accepted: outcome.accepted.length,
    rejected: outcome.rejected.size,
    ...(refused ? { created: 0, updated: 0, unchanged: 0 } : counts),
    wouldHave: refused ? counts : null,
    issues: [...outcome.issues, ...notes].sort((a, b) => a.row - b.row),
    fileIssues,
  };
}

function fileIssuesOf(world: World, needed: number): ImportReport['fileIssues'] {
  if (needed <= world.licences) return [];
  return [
    {
      code: 'licences.exceeded',
      severity: 'error',
      message: `${messageFor('licences.exceeded')} Kunden har ${world.licences} licenser; importen behöver ${needed} (${needed - world.licences} till).`,
      details: { licences: world.licences, needed, missing: needed - world.licences },
    },
  ];
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
