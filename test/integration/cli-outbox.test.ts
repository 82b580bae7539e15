import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { claimMessage } from '../../electron/core/mail/outbox-store';
import type { OutboxItem } from '../../shared/schemas/mail';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import {
  bureauWithMail,
  customerWithUsers,
  kundstartAsync,
  queue,
  statesOf,
  welcome,
  type TestUser,
} from './outbox-setup';
import { openTestCore, tempDir } from './support';

/** Each CLI run starts tsx: seconds apiece on a loaded machine. */
const SLOW = { timeout: 120_000 };

let dir: { dir: string; cleanup: () => void };
let db: string;
let smtp: TestSmtp;
let users: TestUser[];
let ids: string[];

/** Three welcome messages, drained once while the server refused the second recipient. */
beforeEach(async () => {
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
  smtp = await startTestSmtp();
  const core = await openTestCore(db, () => new Date());
  await bureauWithMail(core, smtp);
  const made = await customerWithUsers(core, 3);
  users = made.users;
  ids = (
    await queue(
      core,
      users.map((u) => welcome(made.customerId, u)),
    )
  ).map((r) => r.id);
  smtp.behaviour.refuseRecipients = [users[1]!.email];
  await core.outbox.drainOnce();
  smtp.behaviour.refuseRecipients = [];
  await core.close();
});
afterEach(async () => {
  await smtp.stop();
  dir.cleanup();
});

async function withCore<T>(work: (core: OpenedCore) => Promise<T>): Promise<T> {
  const core = await openTestCore(db, () => new Date());
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

describe('kundstart outbox', () => {
  it('lists the outbox as JSON and in Swedish, filtered by state', SLOW, async () => {
    const all = await kundstartAsync(db, 'outbox', 'list', '--json');
    expect(all.code).toBe(0);
    const items = all.json() as OutboxItem[];
    expect(items.map((m) => m.state).sort()).toEqual(['failed', 'sent', 'sent']);
    const failed = await kundstartAsync(db, 'outbox', 'list', '--state', 'failed', '--json');
    expect(failed.json()).toMatchObject([
      {
        id: ids[1],
        errorCode: 'mail.recipientRefused',
        recipient: `Åsa2 Öberg <${users[1]!.email}>`,
      },
    ]);
    const human = await kundstartAsync(db, 'outbox', 'list');
    expect(human.stdout).toContain('misslyckades');
    expect(human.stdout).toContain('välkomstmejl');
    expect(human.stdout).toContain(
      'mail.recipientRefused: E-postservern vägrade mottagarens adress. Kontrollera e-postadressen.',
    );
    const bad = await kundstartAsync(db, 'outbox', 'list', '--state', 'borta');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Okänt läge borta');
  });

  it(
    'retry --all-failed queues the failed message and sends it once before returning',
    SLOW,
    async () => {
      const r = await kundstartAsync(db, 'outbox', 'retry', '--all-failed', '--json');
      expect(r.code).toBe(0);
      expect(r.json()).toEqual({ updated: 1, sent: 1, failed: 0, waiting: 0 });
      expect(smtp.recipients().sort()).toEqual(users.map((u) => u.email).sort());
      const again = await kundstartAsync(db, 'outbox', 'retry', '--all-failed');
      expect(again.stdout).toContain('Inga misslyckade meddelanden.');
      expect(smtp.received).toHaveLength(3);
    },
  );

  it(
    'cancels a failed message, and refuses a sent one in Swedish with exit 1, changing nothing',
    SLOW,
    async () => {
      const cancelled = await kundstartAsync(db, 'outbox', 'cancel', ids[1]!);
      expect(cancelled.code).toBe(0);
      expect(cancelled.stdout).toContain('1 meddelande makulerades.');
      const before = await withCore(statesOf);
      const refused = await kundstartAsync(db, 'outbox', 'cancel', ids[0]!, '--json');
      expect(refused.code).toBe(1);
      expect(refused.json()).toMatchObject({ error: { code: 'outbox.wrongState' } });
      expect(refused.stderr).toContain('Meddelandet kan inte ändras i sitt nuvarande läge');
      expect(await withCore(statesOf)).toEqual(before);
      expect(before[ids[1]!]).toBe('cancelled');
    },
  );

  it(
    'confirm --resend sends an interrupted message once; without --sent or --resend it is a usage error',
    SLOW,
    async () => {
      await withCore(async (core) => {
        await core.context.ds.query(`UPDATE outbox SET state = 'queued' WHERE id = ?`, [ids[1]]);
        await claimMessage(core.context, ids[1]!, new Date().toISOString());
      });
      expect((await withCore(statesOf))[ids[1]!]).toBe('interrupted');
      const usage = await kundstartAsync(db, 'outbox', 'confirm', ids[1]!);
      expect(usage.code).toBe(2);
      const r = await kundstartAsync(db, 'outbox', 'confirm', ids[1]!, '--resend');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Skickade: 1');
      expect(smtp.recipients().filter((a) => a === users[1]!.email)).toHaveLength(1);
      expect((await withCore(statesOf))[ids[1]!]).toBe('sent');
    },
  );
});
