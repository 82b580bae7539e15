import { formatPersonnummer, parsePersonnummer } from '../../../shared/domain/personnummer';
import type { BlikkUser } from '../../../shared/schemas/blikk';

/**
 * Blikk's user as Kundstart reads it, tolerantly: public clients of Blikk's API disagree on
 * details, so a number may come where a string was expected and the reverse, relations come as
 * `{ objectName, id, name }`, unknown fields are ignored and missing ones tolerated. A value
 * Kundstart cannot map is kept raw (salaryTypeRaw, licenseRaw), never guessed.
 *
 * The known values below are Kundstart's decision: Blikk's API documentation
 * (publicapidocs.blikk.com) is not reachable offline and no stored copy of it or of a client
 * naming these values was found. salaryType: 1 or "Monthly"/"Månadslön" is monthly, 2 or
 * "Hourly"/"Timlön" hourly; the list answers the number, a user's detail the name. license:
 * "Reporter"/"Tidrapportör", "Approver"/"Attestant", "Admin"/"Administratör"; none, "", "None",
 * "Ingen" or false hold no licence; any other value holds one of a kind Kundstart does not know.
 */

/** An item that is not a user at all (not an object, or without an id): the page is unreadable. */
export class UnreadableUser extends Error {}

const SALARY_FORMS: Record<string, 'monthly' | 'hourly'> = {
  '1': 'monthly',
  monthly: 'monthly',
  month: 'monthly',
  monthlysalary: 'monthly',
  månadslön: 'monthly',
  månad: 'monthly',
  '2': 'hourly',
  hourly: 'hourly',
  hour: 'hourly',
  hourlywage: 'hourly',
  hourlysalary: 'hourly',
  timlön: 'hourly',
  tim: 'hourly',
};

const ROLES: Record<string, 'reporter' | 'approver' | 'admin'> = {
  reporter: 'reporter',
  timereporter: 'reporter',
  tidrapportör: 'reporter',
  tidrapportor: 'reporter',
  approver: 'approver',
  attestant: 'approver',
  attesterare: 'approver',
  admin: 'admin',
  administrator: 'admin',
  administratör: 'admin',
};

const NO_LICENCE = new Set(['', 'none', 'ingen', 'false', 'nolicense', 'unlicensed']);

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text field whichever JSON type it came as; '' when absent. */
function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** The key a known value is looked up by: lower case, without spaces, dashes or underscores. */
const key = (v: unknown): string =>
  (isObject(v) ? text(v['name']) : text(v)).toLowerCase().replace(/[\s_-]+/g, '');

function relation(v: unknown): { id: string; name: string } | null {
  if (isObject(v)) {
    const id = text(v['id']);
    return id ? { id, name: text(v['name']) } : null;
  }
  const id = text(v);
  return id ? { id, name: '' } : null;
}

function personnummer(v: unknown, today: Date): string | null {
  const raw = text(v);
  if (!raw) return null;
  const parsed = parsePersonnummer(raw.replace(/\s+/g, ''), today);
  return parsed.ok ? formatPersonnummer(parsed.digits) : raw;
}

function salary(v: unknown): Pick<BlikkUser, 'salaryForm' | 'salaryTypeRaw'> {
  const raw = isObject(v) ? text(v['name']) : text(v);
  if (!raw) return { salaryForm: null, salaryTypeRaw: null };
  const form = SALARY_FORMS[key(v)];
  return form
    ? { salaryForm: form, salaryTypeRaw: null }
    : { salaryForm: null, salaryTypeRaw: raw };
}

function licence(v: unknown): Pick<BlikkUser, 'role' | 'licenseRaw' | 'licensed'> {
  const raw = isObject(v) ? text(v['name']) : text(v);
  if (v === null || v === undefined || NO_LICENCE.has(key(v))) {
    return { role: null, licenseRaw: null, licensed: false };
  }
  const role = ROLES[key(v)];
  return role
    ? { role, licenseRaw: null, licensed: true }
    : { role: null, licenseRaw: raw, licensed: true };
}

/** One item of Blikk's users listing; UnreadableUser when it is not a user. */
export function mapBlikkUser(item: unknown, today: Date = new Date()): BlikkUser {
  if (!isObject(item)) throw new UnreadableUser('not an object');
  const blikkId = text(item['id']);
  if (!blikkId) throw new UnreadableUser('no id');
  return {
    blikkId,
    firstName: text(item['firstName']),
    lastName: text(item['lastName']),
    email: text(item['email']),
    personnummer: personnummer(item['socialSecurityNumber'], today),
    employeeNumber: text(item['employeeNumber']),
    ...salary(item['salaryType']),
    ...licence(item['license']),
    manager: relation(item['manager']),
    profile: relation(item['timeReportingProfile']),
  };
}
