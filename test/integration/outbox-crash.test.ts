import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { claimMessage } from '../../electron/core/mail/outbox-store';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import {
  bureauWithMail,
  customerWithUsers,
  queue,
  statesOf,
  welcome,
  type TestUser,
} from './outbox-setup';
import { openTestCore, tempDir, value } from './support';

const CHILD = new URL('../support/outbox-drain-child.ts', import.meta.url).pathname;

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
let smtp: TestSmtp;
let core: OpenedCore;
let customerId: string;
let users: TestUser[];
const realClock = () => new Date();

beforeEach(async () => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
  smtp = await startTestSmtp();
  core = await openTestCore(dbFile, realClock);
  await bureauWithMail(core, smtp);
  ({ customerId, users } = await customerWithUsers(core, 1));
});
afterEach(async () => {
  await core.close();
  await smtp.stop();
  dir.cleanup();
});

const invitationOf = async (c: OpenedCore) =>
  (await value(c, 'users:list', { customerId }))[0]?.invitation;

describe('a crash between "sending" and "sent"', () => {
  it('leaves the message interrupted for staff, never resent by itself; confirmed for resend it goes exactly once', async () => {
    const [row] = await queue(core, [welcome(customerId, users[0]!)]);
    await core.close();
    smtp.behaviour.holdData = true;
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbFile], { stdio: 'pipe' });
    const exited = once(child, 'exit');
    await smtp.waitForData(1, 20_000);

    // The CLI opened beside a live sender does not take its message in flight for a crashed one.
    const beside = await openTestCore(dbFile, realClock);
    expect(await statesOf(beside)).toEqual({ [row!.id]: 'sending' });
    await beside.close();

    child.kill('SIGKILL');
    const [code, signal] = await exited;
    expect([code, signal]).toEqual([null, 'SIGKILL']);

    core = await openTestCore(dbFile, realClock);
    expect(await value(core, 'outbox:list', {})).toMatchObject([
      { id: row!.id, state: 'interrupted' },
    ]);
    expect((await invitationOf(core))?.emailState).toBe('interrupted');
    smtp.behaviour.holdData = false;
    expect(await core.outbox.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 0 });
    expect(smtp.dataStarted).toBe(1);
    expect(smtp.received.length).toBeLessThanOrEqual(1);

    await value(core, 'outbox:confirm', { ids: [row!.id], outcome: 'resend' });
    expect(await core.outbox.drainOnce()).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(await core.outbox.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 0 });
    expect(smtp.recipients()).toEqual([users[0]!.email]);
    expect(await statesOf(core)).toEqual({ [row!.id]: 'sent' });
    expect((await invitationOf(core))?.emailState).toBe('sent');
  });

  it('takes staff at their word when they confirm an interrupted message arrived', async () => {
    const [row] = await queue(core, [welcome(customerId, users[0]!)]);
    // Claimed, then the process ends before the send is recorded.
    await claimMessage(core.context, row!.id, new Date().toISOString());
    await core.close();
    core = await openTestCore(dbFile, realClock);
    expect(await statesOf(core)).toEqual({ [row!.id]: 'interrupted' });

    await value(core, 'outbox:confirm', { ids: [row!.id], outcome: 'sent' });
    expect(await core.outbox.drainOnce()).toEqual({ sent: 0, failed: 0, waiting: 0 });
    expect(smtp.dataStarted).toBe(0);
    expect(await value(core, 'outbox:list', {})).toMatchObject([{ state: 'sent' }]);
    expect(await invitationOf(core)).toMatchObject({ emailState: 'sent', invited: true });
  });
});
