import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { createOutboxWorker, type OutboxWorker } from '../../electron/core/mail/worker';
import { messagingRow } from '../../electron/core/mail/messaging-store';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import {
  bureauWithMail,
  customerWithUsers,
  handClock,
  message,
  queue,
  recordEvents,
  SENDER,
  statesOf,
  welcome,
  type TestUser,
} from './outbox-setup';
import { invoke, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let smtp: TestSmtp;
let core: OpenedCore;
let worker: OutboxWorker;
let clock: ReturnType<typeof handClock>;
let customerId: string;
let users: TestUser[];

beforeEach(async () => {
  dir = tempDir();
  smtp = await startTestSmtp();
  clock = handClock();
  core = await openTestCore(`${dir.dir}/kundstart.db`, clock.now);
  await bureauWithMail(core, smtp);
  ({ customerId, users } = await customerWithUsers(core, 3));
  worker = createOutboxWorker(core.context, { timeoutMs: 3000, backoffBaseMs: 60_000 });
});
afterEach(async () => {
  await worker.stop();
  await core.close();
  await smtp.stop();
  dir.cleanup();
});

const invitationOf = async (userId: string) =>
  (await value(core, 'users:list', { customerId })).find((u) => u.id === userId)?.invitation;
const listed = (states?: ('queued' | 'failed' | 'sent' | 'interrupted')[]) =>
  value(core, 'outbox:list', { states });

describe('draining the outbox against a real SMTP server', () => {
  it('sends each due message once, one per recipient, and a second drain sends nothing', async () => {
    const events = recordEvents(core);
    await queue(
      core,
      users.map((u) => welcome(customerId, u)),
    );
    expect((await invitationOf(users[0]!.id))?.emailState).toBe('queued');

    expect(await worker.drainOnce()).toEqual({ sent: 3, failed: 0, waiting: 0 });
    expect(await worker.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 0 });

    expect(smtp.recipients().sort()).toEqual(users.map((u) => u.email).sort());
    const first = smtp.received.find((m) => m.envelope.to[0] === users[0]!.email)!;
    expect(first.parsed.subject).toBe('Välkommen till Blikk, Åsa1 Öberg');
    expect(first.parsed.from?.value[0]).toEqual({ name: SENDER.name, address: SENDER.address });
    expect(first.parsed.text).toContain('Logga in med din e-post eller med BankID.');
    expect(first.parsed.messageId).toMatch(/@ekask\.example>$/);
    const invitation = await invitationOf(users[0]!.id);
    expect(invitation).toMatchObject({ emailState: 'sent', invited: true });
    expect((await listed()).map((m) => m.state)).toEqual(['sent', 'sent', 'sent']);
    expect(events.filter((e) => e.name === 'outbox:changed').length).toBeLessThan(3);
    expect(events).toContainEqual({ name: 'users:changed', payload: { customerId } });
    expect(events).toContainEqual({ name: 'customers:changed', payload: { ids: [customerId] } });
    expect(events.filter((e) => e.name === 'outbox:progress').at(-1)?.payload).toEqual({
      done: 3,
      total: 3,
    });
  });

  it('marks the primary contact informed by e-mail when the contact summary is sent', async () => {
    const to = { name: 'Örjan Åkesson', address: 'orjan@akesson-bygg.example' };
    await queue(core, [message('contactSummary', to, { customerId })]);
    expect((await messagingRow(core.context.ds.manager, customerId)).contactInformedAt).toBeNull();
    await worker.drainOnce();
    expect(await messagingRow(core.context.ds.manager, customerId)).toMatchObject({
      contactInformedAt: '2026-11-28T10:00:00.000Z',
      contactInformedHow: 'email',
      contactInformedBy: 'Anna Ek',
    });
    expect(smtp.recipients()).toEqual([to.address]);
  });

  it('leaves messages queued with mail.notConfigured while no mail server is set', async () => {
    await core.context.ds.query('DELETE FROM mail_settings');
    await queue(core, [welcome(customerId, users[0]!)]);
    expect(await worker.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 1 });
    expect(await listed()).toMatchObject([{ state: 'queued', errorCode: 'mail.notConfigured' }]);
    expect(smtp.dataStarted).toBe(0);
  });

  it('fails a refused recipient with the reason, sends the others, and a retry sends it once', async () => {
    smtp.behaviour.refuseRecipients = [users[1]!.email];
    const rows = await queue(
      core,
      users.map((u) => welcome(customerId, u)),
    );
    expect(await worker.drainOnce()).toEqual({ sent: 2, failed: 1, waiting: 0 });
    const [failed] = await listed(['failed']);
    expect(failed).toMatchObject({
      id: rows[1]!.id,
      errorCode: 'mail.recipientRefused',
      recipient: `${users[1]!.name} <${users[1]!.email}>`,
    });
    expect(failed!.errorText).toContain('Mailbox unavailable');
    expect(await invitationOf(users[1]!.id)).toMatchObject({
      emailState: 'failed',
      invited: false,
    });

    smtp.behaviour.refuseRecipients = [];
    expect(await value(core, 'outbox:retry', { ids: [rows[1]!.id] })).toEqual({ updated: 1 });
    expect(await worker.drainOnce()).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(smtp.recipients().sort()).toEqual(users.map((u) => u.email).sort());
    expect(await invitationOf(users[1]!.id)).toMatchObject({ emailState: 'sent', invited: true });
  });

  it('fails every due message when the server refuses the login, and sends each once after a retry', async () => {
    smtp.behaviour.refuseLogin = true;
    const rows = await queue(
      core,
      users.map((u) => welcome(customerId, u)),
    );
    expect(await worker.drainOnce()).toEqual({ sent: 0, failed: 3, waiting: 0 });
    // The login is tried once, not once per message: a server may lock out a hammering client.
    expect((await listed(['failed'])).map((m) => m.errorCode)).toEqual(Array(3).fill('mail.auth'));

    smtp.behaviour.refuseLogin = false;
    await value(core, 'outbox:retry', { ids: rows.map((r) => r.id) });
    expect(await worker.drainOnce()).toEqual({ sent: 3, failed: 0, waiting: 0 });
    expect(smtp.recipients().sort()).toEqual(users.map((u) => u.email).sort());
  });

  it('lets a message wait when the connection drops mid-DATA, and sends it exactly once when due', async () => {
    smtp.behaviour.dropMidData = true;
    const [row] = await queue(core, [welcome(customerId, users[0]!)]);
    expect(await worker.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 1 });
    expect(smtp.dataStarted).toBe(1);
    expect(await listed()).toMatchObject([
      {
        id: row!.id,
        state: 'queued',
        attempts: 1,
        errorCode: 'mail.connectionLost',
        nextAttemptAt: '2026-11-28T10:01:00.000Z',
      },
    ]);
    smtp.behaviour.dropMidData = false;
    expect(await worker.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 0 });
    clock.advance(60_000);
    expect(await worker.drainOnce()).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(smtp.recipients()).toEqual([users[0]!.email]);
    expect(smtp.received).toHaveLength(1);
  });

  it('waits while nothing listens on the port, backing off, and sends each once when the server is back', async () => {
    await smtp.stop();
    await queue(
      core,
      users.map((u) => welcome(customerId, u)),
    );
    expect(await worker.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 3 });
    const waiting = await listed();
    expect(waiting.every((m) => m.state === 'queued' && m.errorCode === 'mail.refused')).toBe(true);
    clock.advance(60_000);
    await worker.drainOnce();
    const tried = (await listed()).find((m) => m.attempts === 2);
    // Twice as long after the second failure.
    expect(tried?.nextAttemptAt).toBe('2026-11-28T10:03:00.000Z');

    await smtp.restart();
    clock.advance(120_000);
    expect(await worker.drainOnce()).toEqual({ sent: 3, failed: 0, waiting: 0 });
    expect(smtp.recipients().sort()).toEqual(users.map((u) => u.email).sort());
  });

  it('fails a message for good after the most attempts', async () => {
    const few = createOutboxWorker(core.context, { timeoutMs: 3000, maxAttempts: 2 });
    await smtp.stop();
    await queue(core, [welcome(customerId, users[0]!)]);
    expect(await few.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 1 });
    clock.advance(60_000);
    expect(await few.drainOnce()).toEqual({ sent: 0, failed: 1, waiting: 0 });
    expect(await listed()).toMatchObject([
      { state: 'failed', attempts: 2, errorCode: 'mail.refused' },
    ]);
    await few.stop();
  });
});

describe('staff acting on the outbox', () => {
  it('cancels a queued welcome: it is never sent and the invitation says cancelled', async () => {
    const [row] = await queue(core, [welcome(customerId, users[0]!)]);
    expect(await value(core, 'outbox:cancel', { ids: [row!.id] })).toEqual({ updated: 1 });
    expect(await worker.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 0 });
    expect(smtp.dataStarted).toBe(0);
    expect((await invitationOf(users[0]!.id))?.emailState).toBe('cancelled');
    expect(await value(core, 'outbox:retry', { ids: [row!.id] })).toEqual({ updated: 1 });
    await worker.drainOnce();
    expect(smtp.recipients()).toEqual([users[0]!.email]);
  });

  it('refuses unknown ids and messages in the wrong state, changing nothing', async () => {
    const rows = await queue(
      core,
      users.map((u) => welcome(customerId, u)),
    );
    await worker.drainOnce();
    const before = await snapshot(core);
    const unknown = crypto.randomUUID();
    const cases = [
      invoke(core, 'outbox:retry', { ids: [rows[0]!.id] }),
      invoke(core, 'outbox:retry', { ids: [unknown] }),
      invoke(core, 'outbox:cancel', { ids: [rows[1]!.id] }),
      invoke(core, 'outbox:confirm', { ids: [rows[2]!.id], outcome: 'resend' }),
    ];
    const codes = (await Promise.all(cases)).map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual([
      'outbox.wrongState',
      'outbox.notFound',
      'outbox.wrongState',
      'outbox.wrongState',
    ]);
    expect(await snapshot(core)).toEqual(before);
  });

  it('lists newest first with recipient and subject decrypted, filtered, and counts each state', async () => {
    const other = await customerWithUsers(core, 1, '556036-0793');
    smtp.behaviour.refuseRecipients = [users[2]!.email];
    await queue(core, [welcome(customerId, users[0]!)]);
    clock.advance(1000);
    await queue(core, [welcome(other.customerId, other.users[0]!)]);
    await worker.drainOnce();
    clock.advance(1000);
    await queue(core, [welcome(customerId, users[1]!), welcome(customerId, users[2]!)]);
    await worker.drainOnce();
    clock.advance(1000);
    await queue(core, [welcome(customerId, users[0]!)]);

    const all = await value(core, 'outbox:list', {});
    expect(all.map((m) => [m.recipient.split(' <')[0], m.state])).toEqual([
      ['Åsa1 Öberg', 'queued'],
      ['Åsa3 Öberg', 'failed'],
      ['Åsa2 Öberg', 'sent'],
      ['Åsa1 Öberg', 'sent'],
      ['Åsa1 Öberg', 'sent'],
    ]);
    expect(all[0]).toMatchObject({ subject: 'Välkommen till Blikk, Åsa1 Öberg', kind: 'welcome' });
    expect(all[3]?.customerName).toBe('Åkesson Bygg 556036-0793');
    const mine = await value(core, 'outbox:list', { customerId, states: ['sent'], limit: 1 });
    expect(mine.map((m) => m.recipient)).toEqual([`${users[1]!.name} <${users[1]!.email}>`]);
    expect(await value(core, 'outbox:status', {})).toEqual({
      counts: { queued: 1, sending: 0, sent: 3, failed: 1, interrupted: 0, cancelled: 0 },
      sending: null,
    });
    // Nothing of a message is stored in clear.
    const raw = JSON.stringify(await core.context.ds.query('SELECT * FROM outbox'));
    expect(raw).not.toContain(users[0]!.email);
    expect(raw).not.toContain('Välkommen');
  });
});

describe('progress', () => {
  it('outbox:status shows how far the running drain has come', async () => {
    smtp.behaviour.holdData = true;
    await queue(
      core,
      users.map((u) => welcome(customerId, u)),
    );
    const slow = createOutboxWorker(core.context, { timeoutMs: 1500, concurrency: 1 });
    const drained = slow.drainOnce();
    await smtp.waitForData(1);
    expect((await value(core, 'outbox:status', {})).sending).toEqual({ done: 0, total: 3 });
    expect(await drained).toEqual({ sent: 0, failed: 0, waiting: 3 });
    expect((await value(core, 'outbox:status', {})).sending).toBeNull();
    await slow.stop();
  });
});

describe('running in the background', () => {
  it('sends what is queued after a kick, without anyone draining, and stops cleanly', async () => {
    const background = createOutboxWorker(core.context, { timeoutMs: 3000 });
    background.start();
    await queue(
      core,
      users.map((u) => welcome(customerId, u)),
    );
    background.kick();
    await smtp.waitForData(3);
    await background.stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(smtp.recipients().sort()).toEqual(users.map((u) => u.email).sort());
    expect(Object.values(await statesOf(core))).toEqual(['sent', 'sent', 'sent']);
  });
});

describe('a kick while a drain runs', () => {
  it('is not lost: what was queued during a drainOnce goes out in the background after it', async () => {
    const background = createOutboxWorker(core.context, { timeoutMs: 1500, concurrency: 1 });
    try {
      smtp.behaviour.holdData = true;
      await queue(core, [welcome(customerId, users[0]!)]);
      const first = background.drainOnce();
      await smtp.waitForData(1);
      smtp.behaviour.holdData = false;
      background.start();
      await queue(core, [welcome(customerId, users[1]!)]);
      background.kick();
      expect(await first).toEqual({ sent: 0, failed: 0, waiting: 1 });
      await smtp.waitForMessages(1);
      expect(smtp.recipients()).toEqual([users[1]!.email]);
    } finally {
      await background.stop();
    }
  });
});

describe('retention', () => {
  it('deletes sent and cancelled messages older than the retention, at start and daily while running', async () => {
    const rows = await queue(
      core,
      users.map((u) => welcome(customerId, u)),
    );
    await value(core, 'outbox:cancel', { ids: [rows[2]!.id] });
    smtp.behaviour.refuseRecipients = [users[1]!.email];
    await worker.drainOnce();
    clock.advance(89 * 86_400_000);
    await queue(core, [welcome(customerId, users[0]!)]);
    const dbFile = core.context.dbFile;
    await worker.stop();
    await core.close();

    clock.advance(2 * 86_400_000); // 91 days after the first messages
    core = await openTestCore(dbFile, clock.now);
    worker = createOutboxWorker(core.context, { retentionCheckMs: 20 });
    // Gone: the sent and the cancelled one; kept: the failed one (staff must see it) and the new.
    expect(Object.values(await statesOf(core)).sort()).toEqual(['failed', 'queued']);

    await value(core, 'mail:saveSettings', { ...(await mailInput()), retentionDays: 30 });
    worker.start();
    await worker.drainOnce();
    clock.advance(31 * 86_400_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(Object.values(await statesOf(core))).toEqual(['failed']);
  });
});

async function mailInput() {
  const s = await value(core, 'mail:getSettings', {});
  if (!s) throw new Error('no mail settings');
  const { hasPassword: _h, updatedAt: _u, ...rest } = s;
  return rest;
}
