// The PostgreSQL figures of `npm run bench` (issue 16), beside SQLite's: customers:list at the
// bench's portfolio, the 100,000-row import, invoices:summary, and colleagues' core processes
// saving and listing at once (postgres-colleagues.ts). Each run starts a throwaway cluster with
// the tests' support (test/support/postgres.ts); without PostgreSQL's server it says why.
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { fileKeyStore } from '../../electron/core/crypto/key-file';
import { seedDemoHistory } from '../../electron/core/demo/demo-history';
import { seedDemo } from '../../electron/core/demo/demo-service';
import { startHost } from '../../electron/host/server';
import { openCore, type OpenedCore } from '../../electron/core/open';
import { confStore } from '../../electron/core/preferences/preference-service';
import { parseReport } from '../../shared/schemas/import';
import { collaboration, tempDir, value } from '../integration/support';
import { postgresBinDir } from '../prerequisites.js';
import { startTestCluster } from '../support/postgres';
import { staffList } from './import';
import { benchColleagues } from './postgres-colleagues';
import { benchList } from './portfolio';
import { median, percentile, time } from './stats';

type Figure = [string, string];

export interface PostgresBenchOptions {
  rendererDir: string;
  customers: number;
  usersPerCustomer: number;
  importRows: number;
  /** Colleagues' core processes, and how long they run. */
  processes: number;
  seconds: number;
}

/** Where a team database's key and preferences are kept for the bench's cores. */
export interface TeamDatabase {
  url: string;
  keyFile: string;
  dir: string;
}

export async function openTeamCore(db: TeamDatabase): Promise<OpenedCore> {
  return openCore({
    dbFile: db.url,
    mode: 'cli',
    now: () => new Date(),
    version: '0.0.0-bench',
    keyStore: fileKeyStore(db.keyFile),
    preferences: await confStore(db.dir),
  });
}

export async function benchPostgres(options: PostgresBenchOptions): Promise<Figure[]> {
  if (!postgresBinDir()) {
    const reason =
      'skipped: PostgreSQL’s server (initdb, pg_ctl) is missing: apt-get install postgresql';
    console.log(`PostgreSQL benches ${reason}`);
    return [['PostgreSQL benches', reason]];
  }
  const cluster = await startTestCluster();
  const dir = tempDir('kundstart-bench-pg-');
  try {
    const db = await createDatabase(cluster.url, 'bench', dir.dir);
    const core = await openTeamCore(db);
    const figures: Figure[] = [];
    try {
      const seeded = await time(() =>
        seedDemo(core.context, {
          customers: options.customers,
          usersPerCustomer: options.usersPerCustomer,
        }),
      );
      figures.push([
        `PostgreSQL: demo --customers ${options.customers} --users-per-customer ${options.usersPerCustomer}`,
        `${(seeded.ms / 1000).toFixed(1)} s`,
      ]);
      const host = await startHost({ core, rendererDir: options.rendererDir });
      try {
        figures.push(...(await benchList(host.url)).map(onPostgres));
      } finally {
        await host.close();
      }
      figures.push(...(await summary(core)));
      figures.push(...(await importFigures(core, options.importRows)));
    } finally {
      await core.close();
    }
    figures.push(...(await benchColleagues(db, options.processes, options.seconds)));
    return figures;
  } finally {
    cluster.stop();
    dir.cleanup();
  }
}

const onPostgres = ([name, figure]: Figure): Figure => [`PostgreSQL: ${name}`, figure];

/** An empty database on the cluster, its key file and preferences in `dir`. */
export async function createDatabase(
  clusterUrl: string,
  name: string,
  dir: string,
): Promise<TeamDatabase> {
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  mkdirSync(dir, { recursive: true });
  return { url: url.toString(), keyFile: `${dir}/${name}.key`, dir };
}

/** invoices:summary of this month, after a year of history as the SQLite bench gives it. */
async function summary(core: OpenedCore): Promise<Figure[]> {
  const ids = (await value(core, 'customers:list', {})).map((row) => row.id);
  const seeded = await time(() =>
    seedDemoHistory(core.context, { customerIds: ids, months: 12, seed: 1 }),
  );
  const month = core.context.now().toISOString().slice(0, 7);
  const run = () => value(core, 'invoices:summary', { month });
  const first = await run();
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) samples.push((await time(run)).ms);
  return [
    [
      `PostgreSQL: demo --history-months 12, ${ids.length} customers`,
      `${(seeded.ms / 1000).toFixed(2)} s`,
    ],
    [
      `PostgreSQL: invoices:summary ${month} (${first.customers.length} customers / ${first.licences} licences on it) (service), median / p95 of 20`,
      `${median(samples).toFixed(1)} ms / ${percentile(samples, 95).toFixed(1)} ms`,
    ],
  ];
}

/** The same staff list as the SQLite import bench, read, checked and committed in this core. */
async function importFigures(core: OpenedCore, rows: number): Promise<Figure[]> {
  const input = collaboration({
    licences: rows + 10,
    contact: null,
    customer: { name: `Import ${rows} AB`, orgnr: '5599000022' },
  });
  const customerId = (await value(core, 'customers:create', input)).id;
  const bytes = staffList(rows);
  const cpu = process.cpuUsage();
  const dry = await time(async () => {
    const preview = await value(core, 'users:importRead', {
      customerId,
      fileName: 'staff.csv',
      contentBase64: bytes.toString('base64'),
    });
    const kept = { customerId, session: preview.session, edits: [], mapping: preview.mapping };
    await value(core, 'users:importCheck', kept);
    return kept;
  });
  const dryCpu = process.cpuUsage(cpu);
  const commit = await time(async () =>
    parseReport(await value(core, 'users:importCommit', dry.value)),
  );
  const commitCpu = process.cpuUsage(cpu);
  if (commit.value.created !== rows) throw new Error(`created ${commit.value.created} of ${rows}`);
  const s = (ms: number, c: NodeJS.CpuUsage, before?: NodeJS.CpuUsage) => {
    const used = (c.user + c.system - (before ? before.user + before.system : 0)) / 1e6;
    return `${(ms / 1000).toFixed(2)} s (core cpu ${used.toFixed(2)} s)`;
  };
  return [
    [
      `PostgreSQL: users import ${rows} rows (Windows-1252, ;): dry run / commit, in the bench's core`,
      `${s(dry.ms, dryCpu)} / ${s(commit.ms, commitCpu, dryCpu)}`,
    ],
  ];
}
