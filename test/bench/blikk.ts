import { pathToFileURL } from 'node:url';
import { clearBlikkTokens } from '../../electron/core/blikk/client';
import { seedDemo } from '../../electron/core/demo/demo-service';
import type { OpenedCore } from '../../electron/core/open';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { UserRow } from '../../shared/schemas/users';
import { blikkUser, relation, type BlikkApiUser } from '../support/blikk-fixtures';
import { startBlikkServer, type BlikkCall } from '../support/blikk-server';
import { openTestCore, tempDir } from '../integration/support';
import { time } from './stats';

const CUSTOMERS = Number(process.env.BENCH_BLIKK_CUSTOMERS ?? 200);
const USERS = Number(process.env.BENCH_BLIKK_USERS ?? 25);
/** The fake server's limit, for every application together (test/support/blikk-server.ts). */
const RATE = 4;

/**
 * `blikk:reconcileAll` over CUSTOMERS connected customers of USERS prepared users each (the
 * demo's), every one with an application of its own in a loopback fake Blikk that holds the
 * same users and allows RATE calls a second in all. The floor is the calls the run needed at
 * RATE a second: the client keeps one limit per Blikk address, shared by every connection, as
 * the server's limit is; per connection, four customers at a time could go four times faster.
 */
export async function benchBlikk(): Promise<[string, string][]> {
  const dir = tempDir('kundstart-bench-blikk-');
  const core = await openTestCore(`${dir.dir}/bench.db`, () => new Date());
  const before = process.env.KUNDSTART_BLIKK_API_URL;
  try {
    await seedDemo(core.context, { customers: CUSTOMERS, usersPerCustomer: USERS, seed: 14 });
    const customers = await dispatch(core, 'customers:list', {});
    const apps = await Promise.all(
      customers.map(async (c, i) => ({
        customerId: c.id,
        appId: `bench-${i + 1}`,
        secret: `hemlighet-${i + 1}`,
        users: enteredInBlikk(await dispatch(core, 'users:list', { customerId: c.id })),
      })),
    );
    const server = await startBlikkServer({ apps, ratePerSecond: RATE });
    try {
      process.env.KUNDSTART_BLIKK_API_URL = server.url;
      clearBlikkTokens();
      for (const app of apps) {
        const { customerId, appId, secret } = app;
        await dispatch(core, 'blikk:connect', { customerId, appId, appSecret: secret });
      }
      const first = server.calls.length;
      const run = await time(() => dispatch(core, 'blikk:reconcileAll', {}));
      return figures(run, server.calls.slice(first), await verifiedCount(core));
    } finally {
      await server.close();
    }
  } finally {
    if (before === undefined) delete process.env.KUNDSTART_BLIKK_API_URL;
    else process.env.KUNDSTART_BLIKK_API_URL = before;
    await core.close();
    dir.cleanup();
  }
}

type Run = { ms: number; value: OutputOf<'blikk:reconcileAll'> };

function figures(run: Run, calls: BlikkCall[], verified: number): [string, string][] {
  const answered = calls.filter((c) => c.status !== 429).length;
  // RATE calls may start at once; each further RATE a second later: the last starts this late.
  const floorMs = (Math.ceil(answered / RATE) - 1) * 1000;
  const { reconciled, failed } = run.value;
  return [
    [
      `blikk: reconcile ${CUSTOMERS} connected customers of ${USERS} users (blikk:reconcileAll, 4 at a time) against a loopback Blikk allowing ${RATE} calls/s`,
      `${(run.ms / 1000).toFixed(1)} s (${reconciled} reconciled, ${verified} verified, ${failed.length} failed)`,
    ],
    [
      `  floor: ${answered} calls needed (token + users page per customer) at ${RATE} per second for all connections together (one limit per Blikk address, as the server's): the last call's start`,
      `${(floorMs / 1000).toFixed(1)} s: ${(run.ms / floorMs).toFixed(2)}x the floor`,
    ],
    [
      `  calls answered 429 (over the limit) / most calls the server saw in any one second`,
      `${calls.length - answered} / ${busiestSecond(calls)}`,
    ],
  ];
}

/** Blikk's account as the bureau entered it: each prepared user, approvers by Blikk's ids. */
function enteredInBlikk(prepared: UserRow[]): BlikkApiUser[] {
  const blikkId = new Map(prepared.map((u, i) => [u.id, 1000 + i + 1]));
  return prepared.map((u, i) => {
    const approver = u.approverId ? prepared.find((p) => p.id === u.approverId) : undefined;
    return blikkUser(i + 1, {
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
      employeeNumber: u.employeeNumber,
      socialSecurityNumber: null,
      salaryType: u.salaryForm === null ? null : u.salaryForm === 'hourly' ? 2 : 1,
      license: { reporter: 'Reporter', approver: 'Approver', admin: 'Admin' }[u.role],
      manager: approver
        ? relation(
            'User',
            blikkId.get(approver.id) ?? 0,
            `${approver.firstName} ${approver.lastName}`,
          )
        : null,
      timeReportingProfile: u.profileName
        ? relation('TimeReportingProfile', 7, u.profileName)
        : null,
    });
  });
}

/** The most calls that arrived within any one second (a sliding window over their times). */
function busiestSecond(calls: BlikkCall[]): number {
  const times = calls.map((c) => c.at).sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= 1000) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

async function verifiedCount(core: OpenedCore): Promise<number> {
  const rows = await dispatch(core, 'customers:list', {});
  return rows.filter((r) => r.blikk.verified).length;
}

async function dispatch<C extends Channel>(
  core: OpenedCore,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const r = await core.dispatch(channel, input, { transport: 'test' });
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}

// Alone: `node --import tsx test/bench/blikk.ts` (BENCH_BLIKK_CUSTOMERS=20 for a quick look).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value] of await benchBlikk()) console.log(`${name}  ${value}`);
}
