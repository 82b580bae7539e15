// SIGKILL at many points of an outbox send (issue 15): before the claim, between "sending" and
// the server's answer, after the answer and before "sent" is written. Whatever the moment, the
// database stays whole and no message reaches its recipient twice.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { bureauWithMail, customerWithUsers, queue, welcome, type TestUser } from './outbox-setup';
import { openTestCore, tempDir, value } from './support';

const CHILD = new URL('../support/outbox-drain-child.ts', import.meta.url).pathname;
const TRIALS = 20;
const realClock = () => new Date();

const dir = tempDir();
const dbFile = `${dir.dir}/kundstart.db`;
let smtp: TestSmtp;
/** Each trial's recipient, at one of four customers (a customer's users need their own numbers). */
const recipients: { customerId: string; user: TestUser }[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp();
  const core = await openTestCore(dbFile, realClock);
  await bureauWithMail(core, smtp);
  for (const orgnr of ['559244-0001', '5599000014', '5599000022', '5599000030']) {
    const { customerId, users } = await customerWithUsers(core, TRIALS / 4, orgnr);
    recipients.push(...users.map((user) => ({ customerId, user })));
  }
  await core.close();
}, 60_000);
afterAll(async () => {
  await smtp.stop();
  dir.cleanup();
});

/** Drains the outbox in a process of its own and kills it `afterMs` after it starts draining. */
async function killWhileSending(afterMs: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbFile], { stdio: 'pipe' });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) if (line === 'draining') break;
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill('SIGKILL');
  await exited;
}

/** How many complete messages each recipient has received. */
function deliveries(): Map<string, number> {
  const count = new Map<string, number>();
  for (const to of smtp.recipients()) count.set(to, (count.get(to) ?? 0) + 1);
  return count;
}

describe(`${TRIALS} kills of a process sending the outbox`, () => {
  it('leave the database whole, each message sent, waiting or interrupted, and none sent twice', async () => {
    const outcomes = new Set<string>();
    for (let trial = 0; trial < TRIALS; trial++) {
      const { customerId, user } = recipients[trial]!;
      let core = await openTestCore(dbFile, realClock);
      const [row] = await queue(core, [welcome(customerId, user)]);
      await core.close();
      // Spread over the send: a few milliseconds is before the claim, tens are mid-DATA.
      await killWhileSending((trial * 37) % 180);

      core = await openTestCore(dbFile, realClock);
      try {
        expect(await core.context.ds.query('PRAGMA integrity_check')).toEqual([
          { integrity_check: 'ok' },
        ]);
        const message = (await value(core, 'outbox:list', {})).find((m) => m.id === row!.id);
        const received = deliveries().get(user.email) ?? 0;
        outcomes.add(message!.state);
        // Written "sent" only after the server's answer; a kill before the claim leaves it queued.
        if (message!.state === 'sent') expect(received).toBe(1);
        else if (message!.state === 'queued') expect(received).toBe(0);
        else expect(message!.state).toBe('interrupted');
        // Whatever was left: the next drain sends what waits, and never what was interrupted.
        await core.outbox.drainOnce();
      } finally {
        await core.close();
      }
    }
    expect(Math.max(...deliveries().values())).toBe(1);
    expect(smtp.accepted).toBe(smtp.received.length);
    // The kills fell at more than one point of the send.
    expect(outcomes.size).toBeGreaterThan(1);
  }, 480_000);
});
