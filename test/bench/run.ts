// `npm run bench`: the figures the issues ask for, printed as a table. Not a test: nothing here
// passes or fails; it measures on this machine and says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { seedDemo } from '../../electron/core/demo/demo-service';
import { startHost } from '../../electron/host/server';
import { openTestCore, tempDir } from '../integration/support';
import type { OpenedCore } from '../../electron/core/open';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { benchBackup } from './backup';
import { benchBlikk } from './blikk';
import { benchCliStart } from './cli-start';
import { benchCoreProcess } from './core-process';
import { benchEncryption } from './encryption';
import { benchImport, type Timing } from './import';
import { benchInvoices } from './invoices';
import { benchOutbox } from './outbox';
import { benchLargePortfolio, benchList, benchPortfolio } from './portfolio';
import { benchPostgres } from './postgres';
import { median, percentile, time } from './stats';

const RENDERER = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 2000);
const USERS_PER_CUSTOMER = Number(process.env.BENCH_USERS_PER_CUSTOMER ?? 20);
/** Two fresh customers for the import figures (valid numbers outside the demo's series). */
const IMPORT_SIZES: [number, string][] = [
  [Number(process.env.BENCH_IMPORT_SMALL ?? 10_000), '5599000014'],
  [Number(process.env.BENCH_IMPORT_LARGE ?? 100_000), '5599000022'],
];
const BIG_CUSTOMER_USERS = Number(process.env.BENCH_BIG_CUSTOMER_USERS ?? 5000);
const LATENCY_IMPORT_ROWS = Number(process.env.BENCH_LATENCY_IMPORT ?? 100_000);
const LARGE_PORTFOLIO = Number(process.env.BENCH_LARGE_PORTFOLIO ?? 20_000);
/** The colleagues' run on PostgreSQL: how many core processes, and for how many seconds. */
const PG_PROCESSES = Number(process.env.BENCH_PG_PROCESSES ?? 10);
const PG_SECONDS = Number(process.env.BENCH_PG_SECONDS ?? 60);
const figures: [string, string][] = [];

async function main() {
  if (process.argv[2] === 'import') return importOnly();
  if (!existsSync(`${RENDERER}index.html`)) {
    spawnSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
  }
  if (process.argv[2] === 'postgres') return postgresOnly();
  // First, while the machine is quiet: the CLI's start.
  figures.push(...benchCliStart());
  const dir = tempDir('kundstart-bench-');
  const dbFile = `${dir.dir}/bench.db`;
  const core = await openTestCore(dbFile, () => new Date());
  const seeded = await time(() =>
    seedDemo(core.context, { customers: CUSTOMERS, usersPerCustomer: USERS_PER_CUSTOMER }),
  );
  figures.push([
    `demo --customers ${CUSTOMERS} --users-per-customer ${USERS_PER_CUSTOMER}`,
    `${(seeded.ms / 1000).toFixed(1)} s`,
  ]);
  await seedDemo(core.context, { customers: 1, seed: 7, usersPerCustomer: BIG_CUSTOMER_USERS });
  const big = await bigCustomer(core);
  const host = await startHost({ core, rendererDir: RENDERER });
  try {
    figures.push(...(await benchList(host.url)));
    figures.push(...(await benchPortfolio(host.url, CUSTOMERS)));
    await benchUsers(core, host.url, big);
    importFigures(dir.dir);
    figures.push(...(await benchEncryption(dir.dir)));
    figures.push(...(await benchInvoices(core, dir.dir)));
    figures.push(...(await benchOutbox(core)));
    figures.push(...(await benchBackup(core, dir.dir)));
    figures.push(...(await benchBlikk()));
  } finally {
    await host.close();
    await core.close();
  }
  figures.push(...(await benchLargePortfolio(RENDERER, LARGE_PORTFOLIO)));
  try {
    // The same database served as browser mode serves it, the core in a process of its own.
    const month = new Date().toISOString().slice(0, 7);
    figures.push(...(await benchCoreProcess(dbFile, RENDERER, LATENCY_IMPORT_ROWS, month)));
  } finally {
    dir.cleanup();
  }
  await postgresFigures();
  print();
}

/** The same figures on a throwaway PostgreSQL cluster, after SQLite's, printed beside them. */
async function postgresFigures() {
  figures.push(
    ...(await benchPostgres({
      rendererDir: RENDERER,
      customers: CUSTOMERS,
      usersPerCustomer: USERS_PER_CUSTOMER,
      importRows: IMPORT_SIZES[1]![0],
      processes: PG_PROCESSES,
      seconds: PG_SECONDS,
    })),
  );
}

/** `npm run bench -- postgres`: the PostgreSQL figures alone. */
async function postgresOnly() {
  await postgresFigures();
  print();
}

/** `npm run bench -- import`: the import figures alone, without the demo, host and browser. */
function importOnly() {
  const dir = tempDir('kundstart-bench-');
  try {
    importFigures(dir.dir);
  } finally {
    dir.cleanup();
  }
  print();
}

/** Each size in a process of its own (test/bench/import.ts), so its peak memory is the import's. */
function importFigures(dir: string) {
  for (const [rows, orgnr] of IMPORT_SIZES) {
    const r = benchImport(dir, rows, orgnr);
    const s = (t: Timing) => `${(t.ms / 1000).toFixed(2)} s (cpu ${(t.cpuMs / 1000).toFixed(2)} s)`;
    const ratio = (floor: Timing) =>
      `commit ${(r.commit.ms / floor.ms).toFixed(1)}x (cpu ${(r.commit.cpuMs / floor.cpuMs).toFixed(1)}x)`;
    figures.push([
      `users import ${rows} rows (Windows-1252, ;): dry run / commit / peak RSS of its process`,
      `${s(r.dryRun)} / ${s(r.commit)} / ${r.peakRssMb.toFixed(0)} MB`,
    ]);
    figures.push([
      `  floor 1: sqlite3 .import of the file into a bare table`,
      `${s(r.sqliteImport)}: ${ratio(r.sqliteImport)}`,
    ]);
    figures.push([
      `  floor 2: same users into Kundstart's users table with its indexes (sqlite3 .import)`,
      `${s(r.schemaFloor)}: ${ratio(r.schemaFloor)}`,
    ]);
    figures.push([
      `  floor 3: same rows through the Node sqlite3 driver, the import's own INSERT, no checks or audit`,
      `${s(r.driverFloor)}: ${ratio(r.driverFloor)}`,
    ]);
  }
}

async function bigCustomer(core: OpenedCore): Promise<string> {
  const rows = await core.dispatch('customers:list', {}, { transport: 'test' });
  if (!rows.ok) throw new Error('customers:list failed');
  for (const row of rows.value as { id: string; licences: number }[]) {
    if (row.licences >= BIG_CUSTOMER_USERS) return row.id;
  }
  throw new Error('the big demo customer is missing');
}

async function benchUsers(core: OpenedCore, url: string, customerId: string) {
  const list = [];
  for (let i = 0; i < 11; i++) {
    const t = await time(() => core.dispatch('users:list', { customerId }, { transport: 'test' }));
    if (i > 0) list.push(t.ms);
  }
  figures.push([
    `users:list, one customer with ${BIG_CUSTOMER_USERS} users (service), median / p95 of 10`,
    `${median(list).toFixed(0)} ms / ${percentile(list, 95).toFixed(0)} ms`,
  ]);
  const users = await core.dispatch('users:list', { customerId }, { transport: 'test' });
  const target = (users.ok ? (users.value as { id: string; firstName: string }[]) : [])[1];
  const listed = (users.ok ? users.value : []) as Record<string, unknown>[];
  const fields = listed.find((u) => u.id === target?.id);
  const saves = [];
  for (let i = 0; i < 21 && target && fields; i++) {
    const input = {
      customerId,
      id: target.id,
      // Each save adds one to the version it read.
      recordVersion: Number(fields.recordVersion) + i,
      fields: {
        firstName: `${target.firstName}${i % 2 ? '' : ' '}`.trim(),
        lastName: fields.lastName,
        email: fields.email,
        mobile: `070-000 00 ${String(i).padStart(2, '0')}`,
        employeeNumber: fields.employeeNumber,
        salaryForm: fields.salaryForm,
        role: fields.role,
        approverId: fields.approverId,
        profileId: fields.profileId,
      },
    };
    const t = await time(() => core.dispatch('users:save', input, { transport: 'test' }));
    if (i > 0) saves.push(t.ms);
  }
  figures.push([
    `users:save, one user in a customer of ${BIG_CUSTOMER_USERS} (service), median / p95 of 20`,
    `${median(saves).toFixed(1)} ms / ${percentile(saves, 95).toFixed(1)} ms`,
  ]);
  await benchUsersPage(url, customerId);
}

async function benchUsersPage(url: string, customerId: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < 4; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.locator('.MuiDataGrid-row').first().waitFor({ timeout: 60_000 });
      const start = performance.now();
      await page.goto(`${new URL(url).origin}/#/customers/${customerId}/users`);
      await page.locator('.MuiDataGrid-row').first().waitFor({ state: 'visible', timeout: 60_000 });
      if (i > 0) samples.push(performance.now() - start);
      await page.close();
    }
    figures.push([
      `users page: opening to first rows shown in Chromium (${BIG_CUSTOMER_USERS} users), median of 3`,
      `${median(samples).toFixed(0)} ms`,
    ]);
  } catch (err) {
    figures.push([
      'users page in Chromium',
      `not measured: ${(err as Error).message.split('\n')[0]}`,
    ]);
  } finally {
    await browser.close();
  }
}

function print() {
  const width = Math.max(...figures.map(([k]) => k.length));
  console.log('\nKundstart benchmarks (2 cores; see README)');
  for (const [name, value] of figures) console.log(`${name.padEnd(width)}  ${value}`);
}

await main();
