import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { payloadOf } from '../../electron/core/mail/outbox-store';
import type { OpenedCore } from '../../electron/core/open';
import { customerWithTeam, reviewAll, saveMailSettings, type Team } from './invitations-support';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { invoke, openTestCore, snapshot, tempDir, value, userVersion } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let team: Team;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.stop());
beforeEach(async () => {
  smtp.received.length = 0;
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  team = await customerWithTeam(core);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

const onboarding = async () =>
  (await value(core, 'customers:get', { id: team.customerId })).onboarding;
const outboxRows = (): Promise<
  { id: string; state: string; kind: string; customer_id: string }[]
> => core.context.ds.query('SELECT id, state, kind, customer_id FROM outbox');
describe('the primary-contact summary', () => {
  it('previews the summary for the contact, naming every user, in the customer language', async () => {
    const preview = await value(core, 'contact:preview', { customerId: team.customerId });
    expect(preview.to).toEqual({ name: 'Örjan Åkesson', address: 'orjan@akesson-bygg.example' });
    for (const name of ['Britt Ås', 'Cecilia Öberg', 'David Ek', 'Erik Lund']) {
      expect(preview.text).toContain(name);
    }
    await value(core, 'messaging:setLanguage', { customerId: team.customerId, language: 'en' });
    const english = await value(core, 'contact:preview', { customerId: team.customerId });
    expect(english.subject).not.toBe(preview.subject);
  });

  it('has no recipient, and refuses to inform, when the contact has no e-mail', async () => {
    await saveMailSettings(core, smtp.port);
    await core.context.ds.query(`UPDATE primary_contacts SET email = '' WHERE customer_id = ?`, [
      team.customerId,
    ]);
    expect((await value(core, 'contact:preview', { customerId: team.customerId })).to).toBeNull();
    const before = await snapshot(core);
    const r = await invoke(core, 'contact:inform', { customerId: team.customerId });
    expect(r.ok ? 'ok' : r.error.code).toBe('contact.noEmail');
    expect(await snapshot(core)).toEqual(before);
  });

  it('refuses to inform before a mail server is set up, and writes nothing', async () => {
    const before = await snapshot(core);
    const r = await invoke(core, 'contact:inform', { customerId: team.customerId });
    expect(r.ok ? 'ok' : r.error.code).toBe('mail.notConfigured');
    expect(await snapshot(core)).toEqual(before);
  });

  it('queues one encrypted summary; step 4 is done only once it has been sent', async () => {
    await saveMailSettings(core, smtp.port);
    await value(core, 'users:save', {
      customerId: team.customerId,
      id: team.incomplete,
      recordVersion: await userVersion(core, team.customerId, team.incomplete),
      fields: {
        firstName: 'Erik',
        lastName: 'Lund',
        email: 'erik@akesson.example',
        personnummer: undefined,
        mobile: '',
        employeeNumber: '4',
        salaryForm: 'monthly',
        role: 'reporter',
        approverId: team.boss,
        profileId: null,
      },
    });
    await reviewAll(core, team.customerId);
    expect(await onboarding()).toEqual({ next: 4, blockers: ['contact.notInformed'] });
    const messaging = await value(core, 'contact:inform', { customerId: team.customerId });
    const rows = await outboxRows();
    expect(rows).toMatchObject([{ kind: 'contactSummary', state: 'queued' }]);
    expect(messaging).toMatchObject({ contactInformed: null, pendingSummaryId: rows[0]?.id });
    const [stored] = await core.context.ds.query('SELECT payload_enc FROM outbox');
    expect(JSON.stringify(stored)).not.toContain('orjan@akesson-bygg.example');
    const payload = payloadOf(core.context, { payloadEnc: stored.payload_enc });
    expect(payload.to).toEqual({ name: 'Örjan Åkesson', address: 'orjan@akesson-bygg.example' });
    expect(await onboarding()).toMatchObject({ next: 4 });
    // Pressed again while the first is on its way: nothing more is queued.
    await value(core, 'contact:inform', { customerId: team.customerId });
    expect(await outboxRows()).toHaveLength(1);
    const audit = await value(core, 'audit:list', { customerId: team.customerId });
    expect(audit.filter((a) => a.entity === 'contact.summary')).toHaveLength(1);

    await core.outbox.drainOnce();
    expect(smtp.recipients()).toEqual(['orjan@akesson-bygg.example']);
    expect(await onboarding()).toMatchObject({ next: 5, blockers: ['users.notInvited'] });
    expect(await value(core, 'messaging:get', { customerId: team.customerId })).toMatchObject({
      contactInformed: { how: 'email', by: 'Anna Ek' },
      pendingSummaryId: null,
    });
  });

  it('replaces a summary that failed with a fresh one rather than keeping both', async () => {
    await saveMailSettings(core, smtp.port);
    await value(core, 'contact:inform', { customerId: team.customerId });
    await core.context.ds.query(`UPDATE outbox SET state = 'failed'`);
    const messaging = await value(core, 'contact:inform', { customerId: team.customerId });
    const rows = await outboxRows();
    expect(rows.map((r) => r.state).sort()).toEqual(['cancelled', 'queued']);
    expect(messaging.pendingSummaryId).toBe(rows.find((r) => r.state === 'queued')?.id);
  });
});

describe('informed another way', () => {
  it('marks the contact informed with a note, audited, and can undo it', async () => {
    expect(await onboarding()).toMatchObject({ next: 2 });
    const marked = await value(core, 'contact:markInformed', {
      customerId: team.customerId,
      note: 'Ringde Örjan 28/11',
      informed: true,
    });
    expect(marked.contactInformed).toEqual({
      at: '2026-11-28T10:00:00.000Z',
      how: 'other',
      note: 'Ringde Örjan 28/11',
      by: 'Anna Ek',
    });
    const facts = await core.context.ds.query('SELECT contact_informed_at FROM customer_messaging');
    expect(facts).toEqual([{ contact_informed_at: '2026-11-28T10:00:00.000Z' }]);
    const undone = await value(core, 'contact:markInformed', {
      customerId: team.customerId,
      note: '',
      informed: false,
    });
    expect(undone.contactInformed).toBeNull();
    const audit = await value(core, 'audit:list', { customerId: team.customerId });
    expect(audit.filter((a) => a.entity === 'customer.messaging')).toHaveLength(2);
  });

  it('sets the language of the customer, audited', async () => {
    expect((await value(core, 'messaging:get', { customerId: team.customerId })).language).toBe(
      'sv',
    );
    await value(core, 'messaging:setLanguage', { customerId: team.customerId, language: 'en' });
    expect((await value(core, 'messaging:get', { customerId: team.customerId })).language).toBe(
      'en',
    );
    const audit = await value(core, 'audit:list', { customerId: team.customerId });
    expect(audit.find((a) => a.entity === 'customer.messaging')).toMatchObject({
      action: 'update',
    });
  });

  it('refuses an unknown customer with customer.notFound', async () => {
    const r = await invoke(core, 'messaging:get', { customerId: crypto.randomUUID() });
    expect(r.ok ? 'ok' : r.error.code).toBe('customer.notFound');
  });
});
