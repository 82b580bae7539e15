import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { payloadOf } from '../../electron/core/mail/outbox-store';
import type { OpenedCore } from '../../electron/core/open';
import {
  customerWithTeam,
  person,
  PNR,
  reviewAll,
  saveMailSettings,
  type Team,
} from './invitations-support';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { invoke, openTestCore, snapshot, tempDir, value, userVersion } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let team: Team;
/** The bureau's mail server on loopback: the outbox worker's drainOnce sends to it. */
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.stop());
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.behaviour.refuseRecipients = [];
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  team = await customerWithTeam(core);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

interface OutboxLine {
  id: string;
  user_id: string;
  kind: string;
  state: string;
  batch_id: string;
  payload_enc: string;
}
const outbox = (): Promise<OutboxLine[]> =>
  core.context.ds.query('SELECT id, user_id, kind, state, batch_id, payload_enc FROM outbox');
const users = () => value(core, 'users:list', { customerId: team.customerId });
const stateOf = async (id: string) => (await users()).find((u) => u.id === id)?.invitation;
const inviteAll = (dryRun = false) =>
  value(core, 'invitations:invite', { customerId: team.customerId, allComplete: true, dryRun });
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

async function userWithoutEmail() {
  const fields = person({
    firstName: 'Frida',
    lastName: 'Nyström',
    email: '',
    personnummer: PNR[2],
    employeeNumber: '5',
    approverId: team.boss,
  });
  return (await value(core, 'users:save', { customerId: team.customerId, fields })).user.id;
}

describe('inviting all complete users', () => {
  it('queues one welcome per complete user in one batch, to their own address', async () => {
    await saveMailSettings(core, smtp.port);
    const result = await inviteAll();
    const complete = [team.boss, ...team.complete];
    expect(result.outcomes.map((o) => [o.userId, o.outcome]).sort()).toEqual(
      complete.map((id) => [id, 'queued']).sort(),
    );
    const rows = await outbox();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.batch_id))).toEqual(new Set([result.batchId]));
    expect(rows.every((r) => r.kind === 'welcome' && r.state === 'queued')).toBe(true);
    const cecilia = rows.find((r) => r.user_id === team.complete[0]);
    expect(payloadOf(core.context, { payloadEnc: cecilia?.payload_enc ?? '' }).to).toEqual({
      name: 'Cecilia Öberg',
      address: 'cecilia@akesson.example',
    });
    expect(await stateOf(team.complete[0] ?? '')).toMatchObject({
      emailState: 'queued',
      invited: false,
    });
    expect(await stateOf(team.incomplete)).toMatchObject({ emailState: 'none' });
  });

  it('queues nothing the second time: every complete user is skipped as already invited', async () => {
    await saveMailSettings(core, smtp.port);
    await inviteAll();
    const again = await inviteAll();
    expect(again.batchId).toBeNull();
    expect(again.outcomes).toHaveLength(3);
    for (const o of again.outcomes) {
      expect(o).toMatchObject({ outcome: 'skipped', reason: 'invite.alreadyInvited' });
    }
    await core.outbox.drainOnce();
    expect((await inviteAll()).outcomes.map((o) => o.outcome)).toEqual(Array(3).fill('skipped'));
    expect(await outbox()).toHaveLength(3);
  });

  it('a dry run answers the same outcomes and writes nothing', async () => {
    await saveMailSettings(core, smtp.port);
    const before = await snapshot(core);
    const dry = await inviteAll(true);
    expect(await snapshot(core)).toEqual(before);
    const real = await inviteAll();
    expect(dry.outcomes).toEqual(real.outcomes);
  });

  it('refuses without a mail server, and writes nothing', async () => {
    const before = await snapshot(core);
    const r = await invoke(core, 'invitations:invite', {
      customerId: team.customerId,
      allComplete: true,
    });
    expect(codeOf(r)).toBe('mail.notConfigured');
    expect(await snapshot(core)).toEqual(before);
  });
});

describe('inviting named users', () => {
  it('refuses incomplete users unless confirmed, naming each and what they lack', async () => {
    await saveMailSettings(core, smtp.port);
    const before = await snapshot(core);
    const ids = [team.complete[0] ?? '', team.incomplete];
    const r = await invoke(core, 'invitations:invite', {
      customerId: team.customerId,
      userIds: ids,
    });
    expect(codeOf(r)).toBe('invite.incomplete');
    expect(r.ok ? null : r.error.details).toEqual({
      users: [{ userId: team.incomplete, name: 'Erik Lund', missing: ['employeeNumber.missing'] }],
    });
    expect(await snapshot(core)).toEqual(before);
    const confirmed = await value(core, 'invitations:invite', {
      customerId: team.customerId,
      userIds: ids,
      confirmIncomplete: true,
    });
    expect(confirmed.outcomes.map((o) => o.outcome)).toEqual(['queued', 'queued']);
    expect(confirmed.outcomes[1]?.missing).toEqual(['employeeNumber.missing']);
  });

  it('gives a user without e-mail the BankID letter and queues nothing for them', async () => {
    await saveMailSettings(core, smtp.port);
    const frida = await userWithoutEmail();
    const result = await value(core, 'invitations:invite', {
      customerId: team.customerId,
      userIds: [frida, team.boss],
    });
    expect(result.outcomes).toMatchObject([
      { userId: frida, name: 'Frida Nyström', outcome: 'letter', reason: 'invite.noEmail' },
      { userId: team.boss, outcome: 'queued' },
    ]);
    expect((await outbox()).map((r) => r.user_id)).toEqual([team.boss]);
  });

  it('skips users invited already: by e-mail, in Blikk, or with a welcome on its way', async () => {
    await saveMailSettings(core, smtp.port);
    await value(core, 'invitations:invite', { customerId: team.customerId, userIds: [team.boss] });
    await value(core, 'invitations:markBlikkWelcome', {
      customerId: team.customerId,
      userIds: [team.complete[0] ?? ''],
      value: true,
    });
    const result = await value(core, 'invitations:invite', {
      customerId: team.customerId,
      userIds: [team.boss, team.complete[0] ?? '', team.complete[1] ?? ''],
    });
    expect(result.outcomes.map((o) => [o.outcome, o.reason])).toEqual([
      ['skipped', 'invite.alreadyInvited'],
      ['skipped', 'invite.alreadyInvited'],
      ['queued', null],
    ]);
  });

  it('invites again a user whose welcome failed, cancelling the failed one so only one can go', async () => {
    await saveMailSettings(core, smtp.port);
    smtp.behaviour.refuseRecipients = ['britt@akesson.example'];
    const only = { customerId: team.customerId, userIds: [team.boss] };
    await value(core, 'invitations:invite', only);
    await core.outbox.drainOnce();
    smtp.behaviour.refuseRecipients = [];
    expect(await stateOf(team.boss)).toMatchObject({
      emailState: 'failed',
      emailError: expect.stringContaining('Mailbox unavailable') as unknown,
    });
    expect((await value(core, 'invitations:invite', only)).outcomes[0]?.outcome).toBe('queued');
    expect((await outbox()).map((r) => r.state).sort()).toEqual(['cancelled', 'queued']);
    await core.outbox.drainOnce();
    expect(smtp.recipients()).toEqual(['britt@akesson.example']);
  });

  it('refuses a user of another customer, or none, with user.notFound', async () => {
    await saveMailSettings(core, smtp.port);
    const r = await invoke(core, 'invitations:invite', {
      customerId: team.customerId,
      userIds: [crypto.randomUUID()],
    });
    expect(codeOf(r)).toBe('user.notFound');
    expect(await outbox()).toEqual([]);
  });
});

describe('reminders and marks', () => {
  it('reminds those welcomed and not logged in; skips the others with the reason', async () => {
    await saveMailSettings(core, smtp.port);
    await value(core, 'invitations:invite', {
      customerId: team.customerId,
      userIds: [team.boss, team.complete[0] ?? ''],
    });
    await core.outbox.drainOnce();
    await value(core, 'invitations:markLoggedIn', {
      customerId: team.customerId,
      userIds: [team.complete[0] ?? ''],
      value: true,
    });
    const result = await value(core, 'invitations:remind', {
      customerId: team.customerId,
      userIds: [team.boss, team.complete[0] ?? '', team.complete[1] ?? ''],
    });
    expect(result.outcomes.map((o) => [o.outcome, o.reason])).toEqual([
      ['queued', null],
      ['skipped', 'invite.loggedIn'],
      ['skipped', 'invite.notSent'],
    ]);
    const reminders = (await outbox()).filter((r) => r.kind === 'reminder');
    expect(reminders.map((r) => r.user_id)).toEqual([team.boss]);
    expect(await stateOf(team.boss)).toMatchObject({ remindedAt: '2026-11-28T10:00:00.000Z' });
  });

  it('marks and unmarks Blikk’s welcome and logins in bulk, audited', async () => {
    const ids = [team.boss, ...team.complete];
    const mark = (value_: boolean) =>
      value(core, 'invitations:markBlikkWelcome', {
        customerId: team.customerId,
        userIds: ids,
        value: value_,
      });
    expect(await mark(true)).toEqual({ updated: 3 });
    expect(await mark(true)).toEqual({ updated: 0 });
    expect(await stateOf(team.boss)).toMatchObject({
      blikkWelcomeAt: '2026-11-28T10:00:00.000Z',
      invited: true,
    });
    expect(await mark(false)).toEqual({ updated: 3 });
    expect(await stateOf(team.boss)).toMatchObject({ blikkWelcomeAt: null, invited: false });
    const audit = await value(core, 'audit:list', { customerId: team.customerId });
    expect(audit.filter((a) => a.entity === 'user.invitation')).toHaveLength(6);
    const login = await value(core, 'invitations:markLoggedIn', {
      customerId: team.customerId,
      userIds: [team.boss],
      value: true,
    });
    expect(login).toEqual({ updated: 1 });
    expect(await stateOf(team.boss)).toMatchObject({ loggedInAt: '2026-11-28T10:00:00.000Z' });
  });
});

describe('the checklist, steps 3 to done', () => {
  it('moves 3 → 4 → 5 → done as users are completed, the contact e-mailed and all invited', async () => {
    await saveMailSettings(core, smtp.port);
    await reviewAll(core, team.customerId);
    const next = async () =>
      (await value(core, 'customers:get', { id: team.customerId })).onboarding;
    expect(await next()).toEqual({ next: 3, blockers: ['users.incomplete'] });
    await value(core, 'users:save', {
      customerId: team.customerId,
      id: team.incomplete,
      recordVersion: await userVersion(core, team.customerId, team.incomplete),
      fields: person({
        firstName: 'Erik',
        lastName: 'Lund',
        email: 'erik@akesson.example',
        employeeNumber: '4',
        approverId: team.boss,
      }),
    });
    expect(await next()).toEqual({ next: 4, blockers: ['contact.notInformed'] });
    await value(core, 'contact:inform', { customerId: team.customerId });
    expect(await next()).toEqual({ next: 4, blockers: ['contact.notInformed'] });
    await core.outbox.drainOnce();
    expect(smtp.recipients()).toEqual(['orjan@akesson-bygg.example']);
    expect(await next()).toEqual({ next: 5, blockers: ['users.notInvited'] });
    await inviteAll();
    expect(await next()).toEqual({ next: 5, blockers: ['users.notInvited'] });
    await core.outbox.drainOnce();
    expect(smtp.recipients()).toHaveLength(5);
    expect(await next()).toEqual({ next: null, blockers: [] });
  });
});

describe('deleting a user', () => {
  it('cancels the messages still queued for them, so none is sent to a removed person', async () => {
    await saveMailSettings(core, smtp.port);
    await inviteAll();
    const david = team.complete[1] ?? '';
    await value(core, 'users:delete', { customerId: team.customerId, ids: [david] });
    const rows = await outbox();
    expect(rows.find((r) => r.user_id === david)?.state).toBe('cancelled');
    expect(rows.filter((r) => r.state === 'queued')).toHaveLength(2);
  });
});
