import { cleanText } from '../../../shared/domain/text';
import { emailKey } from '../../../shared/domain/users';
import {
  BLIKK_FIELDS,
  type BlikkDifference,
  type BlikkField,
  type BlikkUser,
} from '../../../shared/schemas/blikk';
import type { UserFields } from '../../../shared/schemas/users';
import type { PreparedUser } from './prepared-user';

/** What accepting Blikk's value writes to the prepared user. */
export type AcceptPatch = Partial<
  Pick<
    UserFields,
    | 'firstName'
    | 'lastName'
    | 'email'
    | 'employeeNumber'
    | 'salaryForm'
    | 'role'
    | 'approverId'
    | 'profileId'
  >
>;

export interface FieldContext {
  preparedById: Map<string, PreparedUser>;
  blikkById: Map<string, BlikkUser>;
  /** The prepared user a Blikk user was paired with. */
  preparedOfBlikk: (blikkId: string) => PreparedUser | undefined;
  profiles: { id: string; name: string }[];
}

export interface FoundDifference {
  difference: Omit<BlikkDifference, 'kept'>;
  /** null: Blikk's value maps to nothing in Kundstart (shown raw, not acceptable). */
  patch: AcceptPatch | null;
}

/** One field compared: null when both sides agree (or Blikk says nothing about it). */
interface Comparison {
  prepared: string | null;
  blikk: string | null;
  patch: AcceptPatch | null;
}

type Compare = (p: PreparedUser, b: BlikkUser, c: FieldContext) => Comparison | null;

const orNull = (s: string): string | null => cleanText(s) || null;
const fullName = (first: string, last: string) =>
  `${cleanText(first)} ${cleanText(last)}`.trim().replace(/\s+/g, ' ');

const COMPARE: Record<BlikkField, Compare> = {
  name: (p, b) => {
    const prepared = fullName(p.firstName, p.lastName);
    const blikk = fullName(b.firstName, b.lastName);
    if (prepared === blikk) return null;
    const whole = cleanText(b.firstName) !== '' && cleanText(b.lastName) !== '';
    return {
      prepared: prepared || null,
      blikk: blikk || null,
      patch: whole ? { firstName: cleanText(b.firstName), lastName: cleanText(b.lastName) } : null,
    };
  },
  email: (p, b) =>
    emailKey(p.email) === emailKey(b.email)
      ? null
      : { prepared: orNull(p.email), blikk: orNull(b.email), patch: { email: cleanText(b.email) } },
  employeeNumber: (p, b) =>
    cleanText(p.employeeNumber).toLowerCase() === cleanText(b.employeeNumber).toLowerCase()
      ? null
      : {
          prepared: orNull(p.employeeNumber),
          blikk: orNull(b.employeeNumber),
          patch: { employeeNumber: cleanText(b.employeeNumber) },
        },
  salaryForm: (p, b) => {
    // Neither a value nor a raw one: Blikk's answer left the field out, which says nothing.
    if (b.salaryForm === null && b.salaryTypeRaw === null) return null;
    if (b.salaryForm === p.salaryForm) return null;
    return {
      prepared: p.salaryForm,
      blikk: b.salaryForm ?? b.salaryTypeRaw,
      patch: b.salaryForm ? { salaryForm: b.salaryForm } : null,
    };
  },
  role: (p, b) => {
    if (b.role === null && b.licenseRaw === null) return null;
    if (b.role === p.role) return null;
    return {
      prepared: p.role,
      blikk: b.role ?? b.licenseRaw,
      patch: b.role ? { role: b.role } : null,
    };
  },
  approver: (p, b, c) => {
    const approver = b.manager ? c.blikkById.get(b.manager.id) : undefined;
    const mapped = approver ? c.preparedOfBlikk(approver.blikkId) : undefined;
    if (b.manager === null ? p.approverId === null : mapped?.userId === p.approverId) return null;
    const current = p.approverId ? c.preparedById.get(p.approverId) : undefined;
    return {
      prepared: current ? fullName(current.firstName, current.lastName) : null,
      blikk: b.manager ? cleanText(b.manager.name) || b.manager.id : null,
      // A manager Kundstart cannot name among the prepared users is shown, not guessed.
      patch:
        b.manager === null ? { approverId: null } : mapped ? { approverId: mapped.userId } : null,
    };
  },
  profile: (p, b, c) => {
    // Every Blikk user reports through a profile: an answer without one left the field out.
    if (b.profile === null) return null;
    const blikk = cleanText(b.profile.name);
    if (blikk.toLowerCase() === cleanText(p.profileName ?? '').toLowerCase()) return null;
    const same = c.profiles.find((x) => cleanText(x.name).toLowerCase() === blikk.toLowerCase());
    return {
      prepared: p.profileName,
      blikk: blikk || null,
      patch: blikk && same ? { profileId: same.id } : null,
    };
  },
};

/** Every field of BLIKK_FIELDS, in its order, where the paired users disagree. */
export function differencesOf(p: PreparedUser, b: BlikkUser, c: FieldContext): FoundDifference[] {
  const found: FoundDifference[] = [];
  for (const field of BLIKK_FIELDS) {
    const cmp = COMPARE[field](p, b, c);
    if (!cmp) continue;
    found.push({
      difference: {
        id: `${p.userId}:${field}`,
        userId: p.userId,
        user: fullName(p.firstName, p.lastName),
        blikkId: b.blikkId,
        field,
        prepared: cmp.prepared,
        blikk: cmp.blikk,
        acceptable: cmp.patch !== null,
      },
      patch: cmp.patch,
    });
  }
  return found;
}
