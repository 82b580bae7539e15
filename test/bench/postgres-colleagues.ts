// Colleagues on one team database (issue 16's figures): N core processes, each its own pool of
// connections, saving and listing one customer's users for S seconds. Each save adds one to a
// counter kept in the user's last name, from the version the process last read; a refusal as
// stale is counted and the list read again. At the end every counter must equal the saves that
// were answered ok for that user, summed over the processes: otherwise an update was lost.
// Run alone as a worker: `node --import tsx test/bench/postgres-colleagues.ts JSON`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OpenedCore } from '../../electron/core/open';
import { collaboration, invoke, value } from '../integration/support';
import { openTeamCore, type TeamDatabase } from './postgres';
import { percentile } from './stats';

type Figure = [string, string];
const SELF = fileURLToPath(import.meta.url);
/** The users the colleagues share: few enough that their saves meet. */
const SHARED_USERS = 20;
const COUNTER = /^Räknare (\d+)$/;

interface WorkerPlan {
  db: TeamDatabase;
  customerId: string;
  seconds: number;
  seed: number;
}

interface WorkerReport {
  /** Milliseconds per call, by channel. */
  latencies: Record<string, number[]>;
  /** Saves answered ok, per user id. */
  saved: Record<string, number>;
  stale: number;
  /** Seconds from the first call to the last answer: the process's start is not counted. */
  seconds: number;
  /** Refusals other than conflict.stale: there should be none. */
  failures: string[];
}

export async function benchColleagues(
  db: TeamDatabase,
  processes: number,
  seconds: number,
): Promise<Figure[]> {
  const setup = await openTeamCore(db);
  let customerId: string;
  try {
    customerId = await sharedCustomer(setup);
  } finally {
    await setup.close();
  }
  const reports = await Promise.all(
    Array.from({ length: processes }, (_, seed) => runWorker({ db, customerId, seconds, seed })),
  );
  const check = await openTeamCore(db);
  let lost: number;
  try {
    lost = await lostUpdates(check, customerId, reports);
  } finally {
    await check.close();
  }
  const all = reports.flatMap((r) => Object.values(r.latencies).flat());
  // Each process's calls over its own time running them, summed: the processes overlap.
  const throughput = reports.reduce(
    (n, r) => n + Object.values(r.latencies).flat().length / r.seconds,
    0,
  );
  const byChannel = (channel: string) => reports.flatMap((r) => r.latencies[channel] ?? []);
  const p95 = (samples: number[]) => `${percentile(samples, 95).toFixed(1)} ms`;
  const saves = reports.reduce((n, r) => n + Object.values(r.saved).reduce((a, b) => a + b, 0), 0);
  const stale = reports.reduce((n, r) => n + r.stale, 0);
  const failures = reports.flatMap((r) => r.failures);
  const name = `PostgreSQL: ${processes} core processes, saves and lists for ${seconds} s`;
  return [
    [
      `${name}: calls/s (all processes) / p95 of all calls`,
      `${throughput.toFixed(0)} calls/s (${all.length} calls) / ${p95(all)}`,
    ],
    [
      `  p95 users:save / users:list (${SHARED_USERS} users) / customers:list`,
      `${p95(byChannel('users:save'))} / ${p95(byChannel('users:list'))} / ${p95(byChannel('customers:list'))}`,
    ],
    [
      `  saves ok / refused as conflict.stale / other refusals / lost updates`,
      `${saves} / ${stale} / ${failures.length}${failures[0] ? ` (${failures[0]})` : ''} / ${lost}`,
    ],
  ];
}

/** The customer whose users the colleagues share: each an administrator, counter at 0. */
async function sharedCustomer(core: OpenedCore): Promise<string> {
  const input = collaboration({
    licences: SHARED_USERS + 5,
    contact: null,
    customer: { name: 'Kollegornas Kund AB', orgnr: '5599000030' },
  });
  const customerId = (await value(core, 'customers:create', input)).id;
  for (let i = 0; i < SHARED_USERS; i++) {
    const id = crypto.randomUUID();
    await value(core, 'users:save', {
      customerId,
      id,
      fields: {
        firstName: `Kollega${i}`,
        lastName: 'Räknare 0',
        email: `kollega${i}@bench.example`,

        employeeNumber: `${i + 1}`,
        salaryForm: 'monthly',
        role: 'admin',
        approverId: id,
        profileId: null,
      },
    });
  }
  return customerId;
}

/** Users whose counter differs from the saves answered ok for them: each is a lost update. */
async function lostUpdates(core: OpenedCore, customerId: string, reports: WorkerReport[]) {
  const users = await value(core, 'users:list', { customerId });
  let lost = 0;
  for (const user of users) {
    const expected = reports.reduce((n, r) => n + (r.saved[user.id] ?? 0), 0);
    const counter = Number(COUNTER.exec(user.lastName)?.[1] ?? NaN);
    if (counter !== expected) lost += Math.abs(expected - counter) || 1;
  }
  return lost;
}

function runWorker(plan: WorkerPlan): Promise<WorkerReport> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, JSON.stringify(plan)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`colleague ${plan.seed} exited with ${code}`));
      resolve(JSON.parse(out.slice(out.lastIndexOf('\n{') + 1)) as WorkerReport);
    }),
  );
}

type Listed = Awaited<ReturnType<typeof value<'users:list'>>>;

/** One colleague: 45 % saves, 40 % lists of the users, 15 % lists of the whole portfolio. */
async function work(plan: WorkerPlan): Promise<WorkerReport> {
  const core = await openTeamCore(plan.db);
  const report: WorkerReport = { latencies: {}, saved: {}, stale: 0, seconds: 0, failures: [] };
  let random = plan.seed + 1;
  const next = () => (random = (random * 48271) % 2147483647) / 2147483647;
  const timed = async <T>(channel: string, call: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await call();
    (report.latencies[channel] ??= []).push(performance.now() - start);
    return result;
  };
  const { customerId } = plan;
  const list = () => timed('users:list', () => value(core, 'users:list', { customerId }));
  const started = performance.now();
  let users: Listed = await list();
  const end = Date.now() + plan.seconds * 1000;
  try {
    while (Date.now() < end) {
      const dice = next();
      if (dice < 0.45) {
        const user = users[Math.floor(next() * users.length)]!;
        const result = await timed('users:save', () => save(core, customerId, user));
        if (result.ok) {
          report.saved[user.id] = (report.saved[user.id] ?? 0) + 1;
          users = users.map((u) => (u.id === user.id ? { ...u, ...result.value.user } : u));
        } else if (result.error.code === 'conflict.stale') {
          report.stale += 1;
          users = await list();
        } else report.failures.push(result.error.code);
      } else if (dice < 0.85) users = await list();
      else await timed('customers:list', () => value(core, 'customers:list', {}));
    }
  } finally {
    report.seconds = (performance.now() - started) / 1000;
    await core.close();
  }
  return report;
}

/** The user saved as read, the counter in the last name one higher. */
function save(core: OpenedCore, customerId: string, user: Listed[number]) {
  const counter = Number(COUNTER.exec(user.lastName)?.[1] ?? 0);
  return invoke(core, 'users:save', {
    customerId,
    id: user.id,
    recordVersion: user.recordVersion,
    fields: {
      firstName: user.firstName,
      lastName: `Räknare ${counter + 1}`,
      email: user.email,
      mobile: user.mobile,
      employeeNumber: user.employeeNumber,
      salaryForm: user.salaryForm,
      role: user.role,
      approverId: user.approverId,
      profileId: user.profileId,
    },
  });
}

if (process.argv[1] === SELF) {
  const plan = JSON.parse(process.argv[2] ?? '{}') as WorkerPlan;
  console.log(`\n${JSON.stringify(await work(plan))}`);
  process.exit(0);
}
