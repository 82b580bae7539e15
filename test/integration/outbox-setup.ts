import { spawn } from 'node:child_process';
import type { OpenedCore } from '../../electron/core/open';
import { enqueueMessages, type NewMessage } from '../../electron/core/mail/outbox-store';
import type { OutboxRow } from '../../electron/core/db/mail-entities';
import type { EventName } from '../../shared/contract';
import type { OutboxKind } from '../../shared/schemas/mail';
import { TEST_SMTP_PASSWORD, TEST_SMTP_USER, type TestSmtp } from '../support/smtp';
import { BUREAU, CLI_BIN, collaboration, value } from './support';

/* What the outbox tests share: a bureau whose mail goes to the test SMTP server, a customer
   with users, and messages queued the way the invitations and the contact summary queue them. */

export const SENDER = { name: 'Revisionsbyrån Ek & Ask', address: 'utskick@ekask.example' };

/** Test personnummer from test/fixtures/identity (Skatteverket's list). */
const PNR = ['189001159806', '189001299800', '189002129808', '189002269802', '189003129807'];

export async function bureauWithMail(core: OpenedCore, smtp: Pick<TestSmtp, 'port'>) {
  await value(core, 'bureau:save', BUREAU);
  await value(core, 'mail:saveSettings', {
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    username: TEST_SMTP_USER,
    password: TEST_SMTP_PASSWORD,
    senderName: SENDER.name,
    senderAddress: SENDER.address,
  });
}

export interface TestUser {
  id: string;
  name: string;
  email: string;
}

/** A customer with `count` complete users (each with an e-mail of its own). */
export async function customerWithUsers(
  core: OpenedCore,
  count: number,
  orgnr = '559244-0001',
): Promise<{ customerId: string; users: TestUser[] }> {
  const input = collaboration({ licences: count + 2, contact: null });
  const customerId = (
    await value(core, 'customers:create', {
      ...input,
      customer: { ...input.customer, orgnr, name: `Åkesson Bygg ${orgnr}` },
    })
  ).id;
  const users: TestUser[] = [];
  for (let i = 0; i < count; i++) {
    const email = `user${i + 1}.${orgnr.slice(-4)}@akesson-bygg.example`;
    const saved = await value(core, 'users:save', {
      customerId,
      fields: {
        firstName: `Åsa${i + 1}`,
        lastName: 'Öberg',
        email,
        personnummer: PNR[i % PNR.length] as string,
        mobile: '070-111 22 33',
        employeeNumber: String(i + 1),
        salaryForm: 'monthly',
        role: i === 0 ? 'approver' : 'reporter',
        approverId: null,
        profileId: null,
      },
    });
    users.push({ id: saved.user.id, name: `Åsa${i + 1} Öberg`, email });
  }
  return { customerId, users };
}

/** A rendered message as the invitations helper will queue it. */
export function message(
  kind: OutboxKind,
  to: { name: string; address: string },
  ids: { customerId?: string | null; userId?: string | null } = {},
): NewMessage {
  return {
    customerId: ids.customerId ?? null,
    userId: ids.userId ?? null,
    kind,
    payload: {
      to,
      subject: `Välkommen till Blikk, ${to.name}`,
      text: `Hej ${to.name}!\nLogga in med din e-post eller med BankID.`,
      html: `<p>Hej ${to.name}!</p><p>Logga in med din e-post eller med BankID.</p>`,
    },
  };
}

export const welcome = (customerId: string, user: TestUser) =>
  message('welcome', { name: user.name, address: user.email }, { customerId, userId: user.id });

export function queue(core: OpenedCore, messages: NewMessage[]): Promise<OutboxRow[]> {
  const ctx = core.context;
  return ctx.ds.transaction((m) =>
    enqueueMessages(ctx, m, messages, { senderDomain: 'ekask.example' }),
  );
}

/** The states of the outbox's rows by id, read straight from the table. */
export async function statesOf(core: OpenedCore): Promise<Record<string, string>> {
  const rows: { id: string; state: string }[] = await core.context.ds.query(
    'SELECT id, state FROM outbox',
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.state]));
}

/** Every event the core emits, in order. */
export function recordEvents(core: OpenedCore): { name: EventName; payload: unknown }[] {
  const events: { name: EventName; payload: unknown }[] = [];
  core.subscribe((name, payload) => events.push({ name, payload }));
  return events;
}

/** A clock the test moves by hand. */
export function handClock(start = '2026-11-28T10:00:00Z') {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    advance: (ms: number) => {
      at += ms;
    },
  };
}

/**
 * `kundstart --db FILE ...args` without blocking this process: the test's SMTP server runs in
 * this event loop, and the CLI's drain must reach it (support.ts' kundstartOn waits synchronously).
 */
export function kundstartAsync(db: string, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; json: () => unknown }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [CLI_BIN, '--db', db, ...args]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code, stdout, stderr, json: () => JSON.parse(stdout) as unknown }),
      );
    },
  );
}
