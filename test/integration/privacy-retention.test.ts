import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { createOutboxWorker } from '../../electron/core/mail/worker';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import {
  bureauWithMail,
  customerWithUsers,
  handClock,
  queue,
  statesOf,
  welcome,
} from './outbox-setup';
import { invoke, openTestCore, tempDir, value } from './support';

const DAY = 24 * 60 * 60_000;

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
let smtp: TestSmtp;
let clock: ReturnType<typeof handClock>;
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
  smtp = await startTestSmtp();
  clock = handClock('2026-11-01T10:00:00Z');
  core = await openTestCore(dbFile, clock.now);
  await bureauWithMail(core, smtp);
});
afterEach(async () => {
  await core.close();
  await smtp.stop();
  dir.cleanup();
});

/** One message sent, one still queued for later, and a draft: all written "today". */
async function sentQueuedAndDraft() {
  const { customerId, users } = await customerWithUsers(core, 2);
  const [sent] = await queue(core, [welcome(customerId, users[0]!)]);
  await core.outbox.drainOnce();
  const [waiting] = await queue(core, [welcome(customerId, users[1]!)]);
  await core.context.ds.query(`UPDATE outbox SET state = 'failed' WHERE id = ?`, [waiting!.id]);
  await value(core, 'drafts:save', { key: 'customer-wizard', payload: { name: 'Ny kund' } });
  return { sent: sent!.id, waiting: waiting!.id };
}

const reopen = async () => {
  await core.close();
  core = await openTestCore(dbFile, clock.now);
};

const retentionEntries = async () =>
  (await value(core, 'audit:list', { limit: 1000 })).filter((e) => e.action === 'retention');

describe('the retention of sent messages and drafts', () => {
  it('keeps everything while empty, the default', async () => {
    const ids = await sentQueuedAndDraft();
    expect(await value(core, 'privacy:getRetention', {})).toEqual({ days: null });
    // (Below the mail settings' own limit for sent messages, 90 days by default.)
    clock.advance(80 * DAY);
    await reopen();
    expect(Object.keys(await statesOf(core)).sort()).toEqual([ids.sent, ids.waiting].sort());
    expect(await value(core, 'drafts:get', { key: 'customer-wizard' })).not.toBeNull();
    expect(await retentionEntries()).toEqual([]);
  });

  it('at the core start removes sent messages and drafts older than N days, once, audited with counts', async () => {
    const ids = await sentQueuedAndDraft();
    await value(core, 'privacy:setRetention', { days: 30 });
    clock.advance(29 * DAY);
    await reopen();
    expect(Object.keys(await statesOf(core))).toHaveLength(2);
    expect(await retentionEntries()).toEqual([]);

    clock.advance(2 * DAY);
    await reopen();
    // The failed message still waits for staff; only the sent one is gone.
    expect(await statesOf(core)).toEqual({ [ids.waiting]: 'failed' });
    expect(await value(core, 'drafts:get', { key: 'customer-wizard' })).toBeNull();
    const entries = await retentionEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: 'Anna Ek',
      at: '2026-12-02T10:00:00.000Z',
      after: { days: 30, messages: 1, drafts: 1 },
    });
    await reopen();
    expect(await retentionEntries()).toHaveLength(1);
  });

  it('runs daily in a running core, by the injected clock', async () => {
    await value(core, 'privacy:setRetention', { days: 7 });
    await value(core, 'drafts:save', { key: 'customer-wizard', payload: { name: 'Ny kund' } });
    const worker = createOutboxWorker(core.context, { clock: clock.now, retentionCheckMs: 10 });
    worker.start();
    try {
      clock.advance(8 * DAY);
      await expect
        .poll(async () => value(core, 'drafts:get', { key: 'customer-wizard' }))
        .toBeNull();
      expect((await retentionEntries())[0]?.after).toEqual({ days: 7, messages: 0, drafts: 1 });
    } finally {
      await worker.stop();
    }
  });

  it('refuses 0 days and more than ten years, changing nothing', async () => {
    for (const days of [0, 3651, 1.5]) {
      const r = await invoke(core, 'privacy:setRetention', { days });
      expect(r.ok ? null : r.error.code).toBe('input.invalid');
    }
    expect(await value(core, 'privacy:getRetention', {})).toEqual({ days: null });
  });
});
