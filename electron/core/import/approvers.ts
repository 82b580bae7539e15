import { emailKey } from '../../../shared/domain/users';
import type { Role } from '../../../shared/schemas/users';
import type { UserEntityRow } from '../db/entities';
import { fullNameKey, type Candidate } from './candidates';

export type Person = { id: string; role: Role };

/** Who an approver reference or id names, in one pass of the plan. */
export interface Approvers {
  /** The person a reference names: by employee number, else e-mail, else full name. */
  find(ref: string): Person | null;
  /** The person holding a stored user's id: a row that updates the user overrides it. */
  stored(id: string): Person | undefined;
}

/** What users and rows share: the fields a reference can name a person by. */
type Named = Pick<Candidate, 'firstName' | 'lastName' | 'email' | 'employeeNumber'>;

/**
 * Everyone an approver reference can name: the customer's users, overridden by the rows not
 * rejected, a later row over an earlier one. Most files name approvers by employee number, so
 * the e-mail and name maps (a new key string for every row) are built only when a reference
 * misses the employee numbers. A new row's id is random and only a reference can find it, so
 * only stored users' ids are kept by id.
 */
export function approversOf(
  existing: readonly UserEntityRow[],
  candidates: readonly Candidate[],
  ids: readonly string[],
  storedIds: ReadonlyMap<string, unknown>,
  rejected: ReadonlySet<number>,
): Approvers {
  const users = existing.map((u) => ({ id: u.id, role: u.role as Role }));
  const rows = candidates.map((c, i) =>
    rejected.has(c.line) || c.role === 'unknown' ? null : { id: ids[i]!, role: c.role },
  );
  /** Later entries win, as the rows override the users and a later row an earlier one. */
  const index = (keyOf: (named: Named, person: Person) => string) => {
    const map = new Map<string, Person>();
    const add = (named: Named, person: Person | null | undefined) => {
      if (!person) return;
      const key = keyOf(named, person);
      if (key) map.set(key, person);
    };
    existing.forEach((u, k) => add(u, users[k]));
    candidates.forEach((c, i) => add(c, rows[i]));
    return map;
  };
  const byEmployee = index((n) => n.employeeNumber);
  const byId = index((_, person) => (storedIds.has(person.id) ? person.id : ''));
  let byEmail: Map<string, Person> | undefined;
  let byName: Map<string, Person> | undefined;
  return {
    find(ref) {
      const person = byEmployee.get(ref);
      if (person) return person;
      byEmail ??= index((n) => (n.email ? emailKey(n.email) : ''));
      byName ??= index((n) => fullNameKey(n.firstName, n.lastName));
      return byEmail.get(emailKey(ref)) ?? byName.get(fullNameKey(ref, '')) ?? null;
    },
    stored: (id) => byId.get(id),
  };
}
