// The import figures, measured in a process of their own so that its peak memory is the core's
// for the import alone (the bench's own process also holds a demo portfolio and a browser's
// client). Run alone: `node --import tsx test/bench/import.ts DIR ROWS ORGNR` prints JSON; add
// `--cpu-prof` before `--import` to profile it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { parseReport } from '../../shared/schemas/import';
import type { Core } from '../../electron/core/core';
import type { OpenedCore } from '../../electron/core/open';
import { startCoreClient } from '../../electron/core/process/core-client';
import { forkCore } from '../../electron/core/process/fork-core';
import { bulkInsert } from '../../electron/core/db/bulk-insert';
import { UserEntity } from '../../electron/core/db/entities';
import { collaboration, openTestCore } from '../integration/support';
import { peakRssMb } from './core-process';
import { time } from './stats';

/** Wall and CPU time of one step: on a shared machine the CPU time says more. */
export interface Timing {
  ms: number;
  /** This process's (every thread, SQLite's included) and its finished children's. */
  cpuMs: number;
}

export interface ImportFigures {
  rows: number;
  dryRun: Timing;
  commit: Timing;
  /** The core process's peak resident memory (its threads included), after the dry run and the commit. */
  peakRssMb: number;
  sqliteImport: Timing;
  schemaFloor: Timing;
  driverFloor: Timing;
}

/** CPU milliseconds used so far by this process and by the children it has waited for. */
function cpuSoFar(): number {
  const own = process.cpuUsage();
  // utime, stime, cutime, cstime: fields 14 to 17 of /proc/self/stat, in clock ticks (1/100 s).
  const stat = existsSync('/proc/self/stat') ? readFileSync('/proc/self/stat', 'utf8') : '';
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const children = (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) * 10;
  return (own.user + own.system) / 1000 + children;
}

async function timed<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  const cpu = cpuSoFar();
  const { ms, value } = await time(work);
  return { ms, cpuMs: cpuSoFar() - cpu, value };
}

const timing = ({ ms, cpuMs }: Timing): Timing => ({ ms, cpuMs });

const SELF = fileURLToPath(import.meta.url);

/** Dry run, commit and peak memory for `rows` rows in a fresh process and database file. */
export function benchImport(dir: string, rows: number, orgnr: string): ImportFigures {
  // Without the shell the floors would time a program that is not there.
  if (spawnSync('sqlite3', ['-version']).error) {
    throw new Error('The import floors need the sqlite3 shell: apt-get install sqlite3');
  }
  const child = spawnSync(process.execPath, ['--import', 'tsx', SELF, dir, String(rows), orgnr], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`import bench failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as ImportFigures;
}

/** A staff list as Swedish Excel saves it (Windows-1252, semicolons), `rows` users long. */
export function staffList(rows: number): Buffer {
  const lines = ['Förnamn;Efternamn;E-post;Anställningsnr;Löneform;Behörighet;Attestansvarig'];
  for (let i = 1; i <= rows; i++) {
    const role = i % 10 === 1 ? 'Attestansvarig' : 'Rapportör';
    const approver = i - ((i - 1) % 10);
    lines.push(
      `Åsa${i};Öberg;asa${i}@bench.example;${i};${i % 3 ? 'MÅN' : 'TIM'};${role};${approver}`,
    );
  }
  return iconv.encode(lines.join('\r\n') + '\r\n', 'win1252');
}

/**
 * The child's work: the import as the window runs it, through a core process of its own (built,
 * as the app runs it, where the build is fresh): read the file, check it, commit it. Then the
 * floors beside it, on the same database.
 */
async function measure(dir: string, rows: number, orgnr: string): Promise<ImportFigures> {
  const dbFile = `${dir}/import-${rows}.db`;
  const bytes = staffList(rows);
  const file = `${dir}/staff-${rows}.csv`;
  writeFileSync(file, bytes);
  const client = await startCoreClient(forkCore(), { dbFile, mode: 'browser', startOutbox: false });
  let figures: Pick<ImportFigures, 'dryRun' | 'commit' | 'peakRssMb'>;
  let customerId: string;
  try {
    customerId = await createCustomer(client, rows, orgnr);
    const pid = client.pid();
    const dry = await timedIn(pid, async () => {
      const preview = await call(client, 'users:importRead', {
        customerId,
        fileName: 'staff.csv',
        contentBase64: bytes.toString('base64'),
      });
      const kept = { customerId, session: preview.session, edits: [], mapping: preview.mapping };
      return { kept, report: parseReport(await call(client, 'users:importCheck', kept)) };
    });
    const commit = await timedIn(pid, async () =>
      parseReport(await call(client, 'users:importCommit', dry.value.kept)),
    );
    if (commit.value.created !== rows)
      throw new Error(`created ${commit.value.created} of ${rows}`);
    figures = { dryRun: timing(dry), commit: timing(commit), peakRssMb: peakRssMb(pid) ?? 0 };
  } finally {
    await client.close();
  }
  const core = await openTestCore(dbFile, () => new Date());
  try {
    const shell = await timed(() =>
      Promise.resolve(
        spawnSync('sqlite3', [
          `${dir}/floor-${rows}.db`,
          '-cmd',
          '.mode csv',
          '-cmd',
          '.separator ;',
          `.import ${file} t`,
        ]),
      ),
    );
    const schemaFloor = await usersTableFloor(core, dir, rows);
    return {
      rows,
      ...figures,
      sqliteImport: timing(shell),
      schemaFloor: timing(schemaFloor),
      driverFloor: await driverFloor(core, customerId),
    };
  } finally {
    await core.close();
  }
}

/** CPU milliseconds a running process has used so far (utime + stime of /proc/PID/stat). */
function cpuOfProcess(pid: number | undefined): number {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return 0;
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

/** As timed, with the CPU time of the core process `pid` (all its threads) counted too. */
async function timedIn<T>(pid: number | undefined, work: () => Promise<T>) {
  const before = cpuOfProcess(pid);
  const own = await timed(work);
  return { ...own, cpuMs: own.cpuMs + cpuOfProcess(pid) - before };
}

async function call<C extends Channel>(core: Core, channel: C, input: InputOf<C>) {
  const result = (await core.dispatch(channel, input, { transport: 'test' })) as Result<
    OutputOf<C>
  >;
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.code}`);
  return result.value;
}

async function createCustomer(core: Core, rows: number, orgnr: string): Promise<string> {
  const input = collaboration({
    licences: rows + 10,
    contact: null,
    customer: { name: `Import ${rows} AB`, orgnr },
  });
  return (await call(core, 'customers:create', input)).id;
}

/**
 * A third floor: the imported users, already shaped as rows, written again through the Node
 * driver by the import's own multi-row statement, with no reading, checks or audit; rolled back.
 * The gap to the schema floor is what going through the driver costs.
 */
async function driverFloor(core: OpenedCore, customerId: string): Promise<Timing> {
  const rows = await core.context.ds.getRepository(UserEntity).find({ where: { customerId } });
  let floor: Timing = { ms: 0, cpuMs: 0 };
  const rollback = new Error('rollback');
  await core.context.ds
    .transaction(async (m) => {
      await m.delete(UserEntity, { customerId });
      floor = timing(await timed(() => bulkInsert(m, UserEntity, rows)));
      throw rollback;
    })
    .catch((err: unknown) => {
      if (err !== rollback) throw err;
    });
  return floor;
}

interface Column {
  name: string;
  notnull: number;
  dflt_value: string | null;
}

/** The floor's user `i` by column, as the import writes the bench's staff list. */
function floorUser(i: number): Record<string, string | number> {
  const stamp = '2026-11-28T10:00:00.000Z';
  const email = `asa${i}@bench.example`;
  return {
    id: `u${i}`,
    customer_id: 'c',
    first_name: `Åsa${i}`,
    last_name: 'Öberg',
    email,
    email_key: email,
    mobile: '',
    employee_number: i,
    salary_form: 'monthly',
    role: 'reporter',
    approver_id: `u${i - ((i - 1) % 10)}`,
    is_primary_contact: 0,
    created_at: stamp,
    updated_at: stamp,
    record_version: 1,
  };
}

/**
 * One CSV line's cells in the table's column order. Named, so that a column added by a migration
 * fails here (when it must have a value) instead of shifting every cell after it.
 */
function floorCells(columns: Column[], user: Record<string, string | number>): string[] {
  return columns.map((c) => {
    const value = user[c.name];
    if (value === undefined && c.notnull && c.dflt_value === null) {
      throw new Error(`floor 2 has no value for users.${c.name}`);
    }
    return String(value ?? '');
  });
}

/**
 * A second floor: sqlite3's .import of the same users, already shaped as rows, into a copy of
 * Kundstart's own users table with its indexes. The gap between the two floors is the schema's
 * cost (keys and indexes); the gap above it is Kundstart's (validation, matching, audit).
 */
async function usersTableFloor(core: OpenedCore, dir: string, rows: number) {
  const ddl: { sql: string }[] = await core.context.ds.query(
    "SELECT sql FROM sqlite_master WHERE tbl_name = 'users' AND sql IS NOT NULL",
  );
  // Foreign keys are off in the sqlite3 shell: the referenced tables need not exist.
  const schema = ddl.map((d) => `${d.sql};`);
  const db = `${dir}/floor-users-${rows}.db`;
  spawnSync('sqlite3', [db, schema.join('\n')]);
  // The shell's CSV has no NULL: the rows go through a staging table, and an empty cell of a
  // nullable column becomes NULL as the product writes it (a unique key skips NULLs, not '').
  const columns: Column[] = await core.context.ds.query('PRAGMA table_info(users)');
  const lines: string[] = [];
  for (let i = 1; i <= rows; i++) lines.push(floorCells(columns, floorUser(i)).join(';'));
  const file = `${dir}/floor-users-${rows}.csv`;
  writeFileSync(file, lines.join('\n') + '\n');
  const values = columns.map((c) => (c.notnull ? c.name : `NULLIF(${c.name}, '')`));
  const floor = await timed(() =>
    Promise.resolve(
      spawnSync('sqlite3', [
        db,
        '-cmd',
        'CREATE TEMP TABLE staging AS SELECT * FROM users WHERE 0',
        '-cmd',
        '.mode csv',
        '-cmd',
        '.separator ;',
        '-cmd',
        `.import ${file} staging`,
        `INSERT INTO users SELECT ${values.join(', ')} FROM staging`,
      ]),
    ),
  );
  // A floor that wrote less (a key refused its rows) would flatter every ratio above it.
  const count = spawnSync('sqlite3', [db, 'SELECT count(*) FROM users'], { encoding: 'utf8' });
  if (Number(count.stdout.trim()) !== rows) throw new Error(`floor 2 wrote ${count.stdout} rows`);
  return floor;
}

if (process.argv[1] === SELF) {
  const [dir, rows, orgnr] = process.argv.slice(2);
  if (!dir || !rows || !orgnr) throw new Error('usage: import.ts DIR ROWS ORGNR');
  console.log(JSON.stringify(await measure(dir, Number(rows), orgnr)));
}
