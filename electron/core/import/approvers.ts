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
  // An entry is a row's index, or a stored user's as -1 - index: numbers, so that the maps of
  // 100,000 rows hold no object per row; a Person is made only for what a reference finds.
  const open = candidates.map((c) => !rejected.has(c.line) && c.role !== 'unknown');
  const idOf = (entry: number) => (entry < 0 ? existing[-1 - entry]!.id : ids[entry]!);
  const personAt = (entry: number): Person => {
    if (entry < 0) return { id: idOf(entry), role: existing[-1 - entry]!.role as Role };
    return { id: idOf(entry), role: candidates[entry]!.role as Role }; // open: not 'unknown'
  };
  /** Later entries win, as the rows override the users and a later row an earlier one. */
  const index = (keyOf: (named: Named, entry: number) => string) => {
    const map = new Map<string, number>();
    const add = (named: Named, entry: number) => {
      const key = keyOf(named, entry);
      if (key) map.set(key, entry);
    };
    existing.forEach((u, k) => add(u, -1 - k));
    candidates.forEach((c, i) => {
      if (open[i]) add(c, i);
    });
    return map;
  };
  const byEmployee = index((n) => n.employeeNumber);
  const storedOnly = (id: string) => (storedIds.has(id) ? id : '');
  const byId =
    storedIds.size === 0 ? new Map<string, number>() : index((_, e) => storedOnly(idOf(e)));
  let byEmail: Map<string, number> | undefined;
  let byName: Map<string, number> | undefined;
  const found = (entry: number | undefined) => (entry === undefined ? undefined : personAt(entry));
  return {
    find(ref) {
      const entry = byEmployee.get(ref);
      if (entry !== undefined) return personAt(entry);
      byEmail ??= index((n) => (n.email ? emailKey(n.email) : ''));
      byName ??= index((n) => fullNameKey(n.firstName, n.lastName));
      return found(byEmail.get(emailKey(ref)) ?? byName.get(fullNameKey(ref, ''))) ?? null;
    },
    stored: (id) => found(byId.get(id)),
  };
}
