import type { OpenedCore } from '../../electron/core/open';
import { REVIEWABLE } from '../../shared/schemas/settings';
import type { UserFields } from '../../shared/schemas/users';
import { BUREAU, collaboration, value } from './support';

/* A customer with users and a bureau with a mail server, for the contact and invitation tests. */

/** Skatteverket's test personnummer (test/fixtures/identity/). */
export const PNR = ['189001159806', '189001299800', '189002129808', '189002269802', '189003129807'];

export function person(overrides: Partial<UserFields> = {}): UserFields {
  return {
    firstName: 'Anna',
    lastName: 'Ek',
    email: 'anna@akesson.example',
    personnummer: '',
    mobile: '',
    employeeNumber: '1',
    salaryForm: 'monthly',
    role: 'reporter',
    approverId: null,
    profileId: null,
    ...overrides,
  };
}

/** The bureau's mail server: a loopback port (no server needed until something is sent). */
export async function saveMailSettings(core: OpenedCore, port = 2525): Promise<void> {
  await value(core, 'mail:saveSettings', {
    host: '127.0.0.1',
    port,
    security: 'none',
    username: '',
    senderName: 'Revisionsbyrån Ek & Ask',
    senderAddress: 'kundstart@ekask.example',
    replyTo: 'anna@ekask.example',
  });
}

export interface Team {
  customerId: string;
  /** An approver (complete), two complete reporters, one without an employee number. */
  boss: string;
  complete: string[];
  incomplete: string;
}

/** A customer whose primary contact (Örjan Åkesson, with e-mail) is no user, and four users. */
export async function customerWithTeam(core: OpenedCore): Promise<Team> {
  await value(core, 'bureau:save', BUREAU);
  const input = collaboration({ licences: 6 });
  const customerId = (
    await value(core, 'customers:create', {
      ...input,
      contact: input.contact ? { ...input.contact, alsoFirstAdmin: false } : null,
    })
  ).id;
  const save = async (fields: Partial<UserFields>, id?: string) =>
    (await value(core, 'users:save', { customerId, id, fields: person(fields) })).user.id;
  const bossId = crypto.randomUUID();
  const boss = await save(
    {
      firstName: 'Britt',
      lastName: 'Ås',
      email: 'britt@akesson.example',
      personnummer: PNR[0],
      employeeNumber: '1',
      role: 'approver',
      approverId: bossId,
    },
    bossId,
  );
  const complete = [
    await save({
      firstName: 'Cecilia',
      lastName: 'Öberg',
      email: 'cecilia@akesson.example',
      personnummer: PNR[1],
      employeeNumber: '2',
      approverId: boss,
    }),
    await save({
      firstName: 'David',
      lastName: 'Ek',
      email: 'david@akesson.example',
      employeeNumber: '3',
      approverId: boss,
    }),
  ];
  const incomplete = await save({
    firstName: 'Erik',
    lastName: 'Lund',
    email: 'erik@akesson.example',
    employeeNumber: '',
    approverId: boss,
  });
  return { customerId, boss, complete, incomplete };
}

/** Step 2 done: every time-settings part and the profiles reviewed. */
export async function reviewAll(core: OpenedCore, customerId: string): Promise<void> {
  for (const section of REVIEWABLE) {
    await value(core, 'settings:review', { customerId, section, reviewed: true });
  }
}
