import { readFileSync, existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearBlikkTokens } from '../../electron/core/blikk/client';
import type { OpenedCore } from '../../electron/core/open';
import type { BlikkField } from '../../shared/schemas/blikk';
import { startBlikkServer, type BlikkServer } from '../support/blikk-server';
import { blikkUser, relation, type BlikkApiUser } from '../support/blikk-fixtures';
import { enteredInBlikk, orgnrOf, prepareCustomer } from './blikk-support';
import { freePort } from './mail-settings-server';
import { invoke, openTestCore, snapshot, tempDir, value } from './support';

const APP = { appId: 'akesson-app', secret: 'hemlig-nyckel-1' };
const CREDENTIALS = { appId: APP.appId, appSecret: APP.secret };
let server: BlikkServer;
let dir: ReturnType<typeof tempDir>;
let core: OpenedCore;
let clock: Date;

beforeAll(async () => {
  server = await startBlikkServer({ apps: [{ ...APP, users: [] }] });
  process.env.KUNDSTART_BLIKK_API_URL = server.url;
});
afterAll(async () => {
  delete process.env.KUNDSTART_BLIKK_API_URL;
  await server.close();
});
beforeEach(async () => {
  clearBlikkTokens();
  dir = tempDir();
  clock = new Date('2026-11-28T10:00:00Z');
  core = await openTestCore(`${dir.dir}/k.db`, () => clock);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

/**
 * Nine prepared users and the customer's Blikk account where each of users 2-8 differs in one
 * field, user 9 is missing and a tenth person is there without being prepared.
 */
async function customerWithEveryDifference() {
  const prepared = await prepareCustomer(core, 9, { licences: 12 });
  // A second profile, so that Blikk's "Fält" maps to one of the customer's.
  await value(core, 'profiles:save', {
    customerId: prepared.customerId,
    fields: {
      name: 'Fält',
      clockTimesRequired: false,
      projectRequired: false,
      activityRequired: false,
      timeArticleRequired: false,
      closeBelowSchedule: false,
      roundingMinutes: 0,
    },
  });
  const eight = blikkUser(8);
  const users: BlikkApiUser[] = [
    enteredInBlikk(1),
    enteredInBlikk(2, { lastName: 'Askfors' }),
    enteredInBlikk(3, { email: 'c.lind@akesson-bygg.example' }),
    // Paired by personnummer, its employee number mistyped in Blikk.
    enteredInBlikk(4, { employeeNumber: '4004' }),
    enteredInBlikk(5, { salaryType: 2 }),
    enteredInBlikk(6, { license: 'Admin' }),
    enteredInBlikk(7, {
      manager: relation('User', Number(eight.id), `${eight.firstName} ${eight.lastName}`),
    }),
    enteredInBlikk(8, { timeReportingProfile: relation('TimeReportingProfile', 9, 'fält') }),
    blikkUser(10, {
      firstName: 'Doris',
      lastName: 'Utomstående',
      email: 'doris@akesson-bygg.example',
    }),
  ];
  server.setUsers(APP.appId, users);
  await value(core, 'blikk:connect', { customerId: prepared.customerId, ...CREDENTIALS });
  return prepared;
}

const FIELDS: [BlikkField, number][] = [
  ['name', 2],
  ['email', 3],
  ['employeeNumber', 4],
  ['salaryForm', 5],
  ['role', 6],
  ['approver', 7],
  ['profile', 8],
];

describe('reconciling one customer', () => {
  it('finds every kind of difference, who is missing in Blikk and who is only there; nothing about the users changes', async () => {
    const { customerId, userIds } = await customerWithEveryDifference();
    const usersBefore = await value(core, 'users:list', { customerId });
    const r = await value(core, 'blikk:reconcile', { customerId });
    // Listed in the users page's order (by name), not in the order the users were added.
    const listed = usersBefore.map((u) => u.id);
    const byListOrder = (a: [string, string | undefined], b: [string, string | undefined]) =>
      listed.indexOf(a[1] ?? '') - listed.indexOf(b[1] ?? '');
    expect(r.differences.map((d) => [d.field, d.userId])).toEqual(
      FIELDS.map(([field, n]): [string, string | undefined] => [field, userIds[n - 1]]).sort(
        byListOrder,
      ),
    );
    expect(r.differences.find((d) => d.field === 'employeeNumber')).toMatchObject({
      prepared: '104',
      blikk: '4004',
      acceptable: true,
    });
    expect(r.differences.find((d) => d.field === 'approver')).toMatchObject({
      prepared: 'Astrid Ek',
      blikk: 'Hugo Lönn',
    });
    expect(r.missingInBlikk.map((u) => u.userId)).toEqual([userIds[8]]);
    expect(r.notPrepared).toMatchObject([{ name: 'Doris Utomstående', employeeNumber: '110' }]);
    expect(r.notPrepared[0]?.personnummerMasked).toMatch(/^\d{8}-\*{4}$/);
    expect(r.licences).toEqual({ inUse: 9, invoiced: 12 });
    expect(r.verified).toBe(false);
    expect(await value(core, 'users:list', { customerId })).toEqual(usersBefore);
    expect(await value(core, 'blikk:lastReconciliation', { customerId })).toEqual(r);
    const [row] = await value(core, 'customers:list', {});
    expect(row?.blikk).toEqual({
      connected: true,
      reconciledAt: '2026-11-28T10:00:00.000Z',
      open: 9,
      verified: false,
      lastError: null,
    });
  });

  it('a customer whose users all match is verified, in the portfolio too', async () => {
    const { customerId } = await prepareCustomer(core, 3);
    server.setUsers(APP.appId, [enteredInBlikk(1), enteredInBlikk(2), enteredInBlikk(3)]);
    await value(core, 'blikk:connect', { customerId, ...CREDENTIALS });
    const r = await value(core, 'blikk:reconcile', { customerId });
    expect(r).toMatchObject({
      verified: true,
      differences: [],
      missingInBlikk: [],
      notPrepared: [],
    });
    const [row] = await value(core, 'customers:list', {});
    expect(row?.blikk).toMatchObject({ verified: true, open: 0 });
  });

  it('a customer without a connection is refused with blikk.notConnected', async () => {
    const { customerId } = await prepareCustomer(core, 1);
    const r = await invoke(core, 'blikk:reconcile', { customerId });
    expect(r.ok ? null : r.error.code).toBe('blikk.notConnected');
  });

  it("Blikk's answer is encrypted at rest: a Blikk-only e-mail is not in clear in the file or its WAL", async () => {
    const { customerId } = await customerWithEveryDifference();
    await value(core, 'blikk:reconcile', { customerId });
    const files = [`${dir.dir}/k.db`, `${dir.dir}/k.db-wal`].filter((f) => existsSync(f));
    const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
    expect(bytes.includes('doris@akesson-bygg.example')).toBe(false);
    expect(bytes.includes('c.lind@akesson-bygg.example')).toBe(false);
    expect(bytes.includes('Utomstående')).toBe(false);
    // The prepared users' own e-mail is stored in clear by design: the check can see text.
    expect(bytes.includes('astrid.ek@akesson-bygg.example')).toBe(true);
  });
});

describe('resolving a difference', () => {
  it.each(FIELDS)(
    "accepting Blikk's %s changes the prepared user, is audited, and the difference is gone",
    async (field, n) => {
      const { customerId, userIds } = await customerWithEveryDifference();
      const r = await value(core, 'blikk:reconcile', { customerId });
      const difference = r.differences.find((d) => d.field === field);
      expect(difference?.acceptable).toBe(true);
      const after = await value(core, 'blikk:resolve', {
        customerId,
        differenceId: String(difference?.id),
        choice: 'accept',
      });
      expect(after.differences.map((d) => d.field)).not.toContain(field);
      const user = (await value(core, 'users:list', { customerId })).find(
        (u) => u.id === userIds[n - 1],
      );
      const shown: Record<BlikkField, string | null | undefined> = {
        name: `${user?.firstName} ${user?.lastName}`,
        email: user?.email,
        employeeNumber: user?.employeeNumber,
        salaryForm: user?.salaryForm,
        role: user?.role,
        approver: user?.approverName,
        profile: user?.profileName?.toLowerCase(),
      };
      expect(shown[field]).toBe(field === 'profile' ? 'fält' : difference?.blikk);
      const audit = await value(core, 'audit:list', { customerId });
      expect(audit.find((a) => a.entity === 'blikkDifference')).toMatchObject({
        entityId: difference?.id,
        after: { choice: 'accept', field },
      });
      expect(audit.some((a) => a.entity === 'user' && a.entityId === userIds[n - 1])).toBe(true);
      const again = await value(core, 'blikk:reconcile', { customerId });
      expect(again.differences.map((d) => d.field)).not.toContain(field);
      expect(again.differences).toHaveLength(FIELDS.length - 1);
    },
  );

  it.each(FIELDS)(
    'keeping the prepared %s is audited and survives the next reconciliation',
    async (field) => {
      const { customerId } = await customerWithEveryDifference();
      const r = await value(core, 'blikk:reconcile', { customerId });
      const id = String(r.differences.find((d) => d.field === field)?.id);
      const usersBefore = await value(core, 'users:list', { customerId });
      const kept = await value(core, 'blikk:resolve', {
        customerId,
        differenceId: id,
        choice: 'keep',
      });
      expect(kept.differences.find((d) => d.id === id)?.kept).toEqual({
        at: '2026-11-28T10:00:00.000Z',
        by: 'Anna Ek',
      });
      expect(await value(core, 'users:list', { customerId })).toEqual(usersBefore);
      const audit = await value(core, 'audit:list', { customerId });
      expect(audit.find((a) => a.entity === 'blikkDifference')).toMatchObject({
        entityId: id,
        after: { choice: 'keep', field },
      });
      later(60);
      const again = await value(core, 'blikk:reconcile', { customerId });
      expect(again.differences.find((d) => d.id === id)?.kept).not.toBeNull();
      const [row] = await value(core, 'customers:list', {});
      expect(row?.blikk.open).toBe(8);
    },
  );

  it('a value Kundstart cannot map cannot be accepted, and nothing changes', async () => {
    const { customerId } = await prepareCustomer(core, 2);
    server.setUsers(APP.appId, [enteredInBlikk(1), enteredInBlikk(2, { salaryType: 'Ackord' })]);
    await value(core, 'blikk:connect', { customerId, ...CREDENTIALS });
    const r = await value(core, 'blikk:reconcile', { customerId });
    expect(r.differences).toMatchObject([
      { field: 'salaryForm', blikk: 'Ackord', acceptable: false },
    ]);
    const before = await snapshot(core);
    const refused = await invoke(core, 'blikk:resolve', {
      customerId,
      differenceId: String(r.differences[0]?.id),
      choice: 'accept',
    });
    expect(refused.ok ? null : refused.error.code).toBe('blikk.notAcceptable');
    expect(await snapshot(core)).toEqual(before);
  });

  it('an unknown difference is refused with blikk.differenceGone', async () => {
    const { customerId } = await customerWithEveryDifference();
    await value(core, 'blikk:reconcile', { customerId });
    const refused = await invoke(core, 'blikk:resolve', {
      customerId,
      differenceId: 'no-such-user:email',
      choice: 'keep',
    });
    expect(refused.ok ? null : refused.error.code).toBe('blikk.differenceGone');
  });
});

describe('a reading that fails', () => {
  /** Every table equal, but for the attempt's time and code on the reconciliation row. */
  function withoutAttempt(s: Record<string, unknown[]>) {
    return {
      ...s,
      blikk_reconciliations: s.blikk_reconciliations?.map((row) => ({
        ...(row as Record<string, unknown>),
        attempted_at: null,
        error_code: null,
      })),
    };
  }

  it('a malformed page changes nothing but the attempt, reported as blikk.malformed', async () => {
    const { customerId } = await customerWithEveryDifference();
    await value(core, 'blikk:reconcile', { customerId });
    const before = await snapshot(core);
    server.fail({ kind: 'malformedPage' }, 1, 'users');
    later(60);
    const r = await invoke(core, 'blikk:reconcile', { customerId });
    expect(r.ok ? null : r.error.code).toBe('blikk.malformed');
    expect(withoutAttempt(await snapshot(core))).toEqual(withoutAttempt(before));
    const [row] = await value(core, 'customers:list', {});
    expect(row?.blikk.lastError).toEqual({
      code: 'blikk.malformed',
      at: '2026-11-28T11:00:00.000Z',
    });
  });

  it('offline, the last result stays readable with its date and the failure is recorded', async () => {
    const { customerId } = await customerWithEveryDifference();
    const first = await value(core, 'blikk:reconcile', { customerId });
    later(24 * 60);
    // A port nothing listens on (not 9: fetch refuses that one as a "bad port" before dialling).
    process.env.KUNDSTART_BLIKK_API_URL = `http://127.0.0.1:${await freePort()}`;
    try {
      const r = await invoke(core, 'blikk:reconcile', { customerId });
      expect(r.ok ? null : r.error.code).toBe('blikk.offline');
    } finally {
      process.env.KUNDSTART_BLIKK_API_URL = server.url;
    }
    expect(await value(core, 'blikk:lastReconciliation', { customerId })).toEqual(first);
    const [row] = await value(core, 'customers:list', {});
    expect(row?.blikk).toEqual({
      connected: true,
      reconciledAt: '2026-11-28T10:00:00.000Z',
      open: 9,
      verified: false,
      lastError: { code: 'blikk.offline', at: '2026-11-29T10:00:00.000Z' },
    });
  });
});

describe('reconciling every connected customer', () => {
  /** `count` customers of one prepared user each (not yet connected). */
  async function connectedCustomers(count: number) {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const { customerId } = await prepareCustomer(core, 1, {
        orgnr: orgnrOf(i),
        name: `Kund ${i}`,
      });
      ids.push(customerId);
    }
    return ids;
  }

  it('reads all, with progress, never more than 4 calls a second together; a failure stops no other', async () => {
    const apps = Array.from({ length: 4 }, (_, i) => ({
      appId: `app-${i}`,
      secret: `s-${i}`,
      users: [enteredInBlikk(1), ...Array.from({ length: 249 }, (_, k) => blikkUser(k + 20))],
    }));
    const local = await startBlikkServer({ apps });
    process.env.KUNDSTART_BLIKK_API_URL = local.url;
    try {
      const ids = await connectedCustomers(5);
      for (const [i, customerId] of ids.entries()) {
        const app = apps[i] ?? { appId: 'app-0', secret: 'fel-hemlighet' };
        await value(core, 'blikk:connect', { customerId, appId: app.appId, appSecret: app.secret });
      }
      const progress: unknown[] = [];
      const stop = core.subscribe((event, payload) => {
        if (event === 'blikk:progress') progress.push(payload);
      });
      const result = await value(core, 'blikk:reconcileAll', {});
      stop();
      expect(result).toEqual({
        total: 5,
        reconciled: 4,
        failed: [{ customerId: ids[4], code: 'blikk.auth' }],
        cancelled: false,
      });
      expect(progress[0]).toEqual({ done: 0, total: 5 });
      expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
      expect(local.maxCallsPerSecond()).toBeLessThanOrEqual(4);
      expect(local.calls.filter((c) => c.status === 429)).toEqual([]);
      const rows = await value(core, 'customers:list', {});
      expect(rows.filter((r) => r.blikk.reconciledAt !== null)).toHaveLength(4);
    } finally {
      process.env.KUNDSTART_BLIKK_API_URL = server.url;
      await local.close();
    }
  });

  it('cancel stops the run: what was left is skipped; a second run meanwhile is refused as busy', async () => {
    const ids = await connectedCustomers(8);
    server.setUsers(APP.appId, [enteredInBlikk(1)]);
    for (const customerId of ids)
      await value(core, 'blikk:connect', { customerId, ...CREDENTIALS });
    let cancelled = false;
    const stop = core.subscribe((event, payload) => {
      if (event === 'blikk:progress' && (payload as { done: number }).done >= 1 && !cancelled) {
        cancelled = true;
        void invoke(core, 'blikk:cancelReconcileAll', {});
      }
    });
    const run = invoke(core, 'blikk:reconcileAll', {});
    const second = await invoke(core, 'blikk:reconcileAll', {});
    expect(second.ok ? null : second.error.code).toBe('blikk.busy');
    const result = await run;
    stop();
    expect(result.ok && result.value.cancelled).toBe(true);
    expect(result.ok && result.value.reconciled).toBeLessThan(8);
    const rows = await value(core, 'customers:list', {});
    const read = rows.filter((r) => r.blikk.reconciledAt !== null).length;
    expect(read).toBe(result.ok ? result.value.reconciled : -1);
    expect(rows.filter((r) => r.blikk.lastError !== null)).toEqual([]);
  });
});
