import { luhnCheckDigit } from '../../shared/domain/luhn';
import type { OpenedCore } from '../../electron/core/open';
import type { UserFields } from '../../shared/schemas/users';
import {
  blikkUser,
  relation,
  testPersonnummer,
  type BlikkApiUser,
} from '../support/blikk-fixtures';
import { BUREAU, bureauVersion, collaboration, value } from './support';

/*
 * A customer prepared in Kundstart and the same people in a fake Blikk account, for the
 * reconciliation tests. Prepared user n and Blikk user n are the same person (blikkUser(n) of
 * test/support/blikk-fixtures.ts, Skatteverket's test personnummer).
 */

export const PROFILE = 'Grundprofil';

/** Users 1 and 8 approve (1 approves everyone; 8 is there to be named approver by mistake). */
const APPROVERS = [1, 8];

/** Blikk's user n as the bureau entered it correctly: approved by user 1, the default profile. */
export function enteredInBlikk(n: number, overrides: Partial<BlikkApiUser> = {}): BlikkApiUser {
  const first = blikkUser(1);
  return blikkUser(n, {
    license: APPROVERS.includes(n) ? 'Approver' : 'Reporter',
    manager: relation('User', Number(first.id), `${first.firstName} ${first.lastName}`),
    timeReportingProfile: relation('TimeReportingProfile', 7, PROFILE),
    ...overrides,
  });
}

/** The prepared fields of Blikk's user n (what Kundstart holds before anything differs). */
export function preparedFields(n: number, approverId: string | null): UserFields {
  const b = blikkUser(n);
  return {
    firstName: String(b.firstName),
    lastName: String(b.lastName),
    email: String(b.email),
    personnummer: testPersonnummer(n),
    mobile: '',
    employeeNumber: String(b.employeeNumber),
    salaryForm: 'monthly',
    role: APPROVERS.includes(n) ? 'approver' : 'reporter',
    approverId,
    profileId: null,
  };
}

export interface PreparedCustomer {
  customerId: string;
  /** Prepared user n's id at index n - 1. */
  userIds: string[];
}

/** A customer with `users` prepared users (1 approves all) and `licences` licences. */
export async function prepareCustomer(
  core: OpenedCore,
  users: number,
  options: { orgnr?: string; name?: string; licences?: number } = {},
): Promise<PreparedCustomer> {
  // Saved again for each customer: over the version stored, as a form would.
  await value(core, 'bureau:save', { ...BUREAU, ...(await bureauVersion(core)) });
  const input = collaboration({ licences: options.licences ?? users + 2 });
  const customerId = (
    await value(core, 'customers:create', {
      ...input,
      customer: {
        ...input.customer,
        orgnr: options.orgnr ?? input.customer.orgnr,
        name: options.name ?? input.customer.name,
      },
      contact: input.contact ? { ...input.contact, alsoFirstAdmin: false } : null,
    })
  ).id;
  const bossId = crypto.randomUUID();
  const userIds: string[] = [];
  for (let n = 1; n <= users; n++) {
    const saved = await value(core, 'users:save', {
      customerId,
      id: n === 1 ? bossId : undefined,
      fields: preparedFields(n, bossId),
    });
    userIds.push(saved.user.id);
  }
  return { customerId, userIds };
}

/** Valid organisation numbers (5590NNNNN + Luhn), one per i, outside the other tests' series. */
export function orgnrOf(i: number): string {
  const payload = `5590${String(i).padStart(5, '0')}`;
  return `${payload.slice(0, 6)}-${payload.slice(6)}${luhnCheckDigit(payload)}`;
}
