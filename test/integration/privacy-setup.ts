import type { OpenedCore } from '../../electron/core/open';
import { writeStored } from '../../electron/core/blikk/result-store';
import { person } from './invitations-support';
import { queue, message } from './outbox-setup';
import { BUREAU, collaboration, value } from './support';

/* One person held in many places: Örjan Åkesson (a Skatteverket test personnummer) is the
   primary contact and first administrator of one customer and an approver at another, with
   messages, an invitation, a Blikk reconciliation naming him, a draft and audit entries; the
   other customer sends its invoices to his address, and the note on informing him names him.
   Åsa Öberg, a colleague, must come through an erasure of his untouched. */

export const ORJAN = {
  personnummer: '189001019802',
  name: 'Örjan Åkesson',
  emailA: 'orjan@akesson-bygg.example',
  emailB: 'orjan.akesson@berg-konsult.example',
};
export const ASA = { personnummer: '189001159806', email: 'asa@berg-konsult.example' };

/** What staff wrote on informing a customer's contact: by his name at one, his address at the
    other. What is not about him must survive his erasure. */
export const NOTES = {
  a: `Ringde ${ORJAN.name}, genomgång av licenserna i januari.`,
  b: `Skickade villkoren till ${ORJAN.emailB.toUpperCase()} efter mötet.`,
};

export interface HeldPerson {
  customerA: string;
  customerB: string;
  orjanAtB: string;
  asaAtB: string;
}

export async function personHeldEverywhere(core: OpenedCore): Promise<HeldPerson> {
  await value(core, 'bureau:save', BUREAU);
  const customerA = (await value(core, 'customers:create', collaboration())).id;
  const base = collaboration({ contact: null });
  const customerB = (
    await value(core, 'customers:create', {
      ...base,
      customer: {
        ...base.customer,
        name: 'Berg Konsult AB',
        orgnr: '559900-0014',
        invoiceEmail: ORJAN.emailB.toUpperCase(),
      },
    })
  ).id;
  const orjan = await value(core, 'users:save', {
    customerId: customerB,
    fields: person({
      firstName: 'Örjan',
      lastName: 'Åkesson',
      email: ORJAN.emailB,
      personnummer: '18900101-9802',
      role: 'approver',
      employeeNumber: '7',
    }),
  });
  const orjanAtB = orjan.user.id;
  const asa = await value(core, 'users:save', {
    customerId: customerB,
    fields: person({
      firstName: 'Åsa',
      lastName: 'Öberg',
      email: ASA.email,
      personnummer: ASA.personnummer,
      approverId: orjanAtB,
      employeeNumber: '8',
    }),
  });
  await value(core, 'invitations:markBlikkWelcome', {
    customerId: customerB,
    userIds: [orjanAtB],
    value: true,
  });
  await queue(core, [
    message(
      'welcome',
      { name: ORJAN.name, address: ORJAN.emailB },
      { customerId: customerB, userId: orjanAtB },
    ),
    message(
      'contactSummary',
      { name: ORJAN.name, address: ORJAN.emailA },
      { customerId: customerA },
    ),
    message(
      'welcome',
      { name: 'Åsa Öberg', address: ASA.email },
      { customerId: customerB, userId: asa.user.id },
    ),
  ]);
  await core.context.ds.transaction((m) =>
    writeStored(m, core.context.cipher, {
      result: {
        customerId: customerB,
        reconciledAt: '2026-11-27T10:00:00.000Z',
        blikkUsers: 1,
        missingInBlikk: [
          { userId: orjanAtB, name: ORJAN.name, email: ORJAN.emailB, employeeNumber: '7' },
        ],
        notPrepared: [],
        differences: [],
        licences: { inUse: 1, invoiced: 12 },
        verified: false,
      },
      accept: {},
    }),
  );
  for (const [customerId, note] of [
    [customerA, NOTES.a],
    [customerB, NOTES.b],
  ] as const) {
    await value(core, 'contact:markInformed', { customerId, note, informed: true });
  }
  await value(core, 'drafts:save', {
    key: 'customer-wizard',
    payload: { contact: { name: ORJAN.name, personnummer: ORJAN.personnummer } },
  });
  return { customerA, customerB, orjanAtB, asaAtB: asa.user.id };
}
