// The import figures, measured in a process of their own so that its peak memory is the core's
// for the import alone (the bench's own process also holds a demo portfolio and a browser's
// client). Run alone: `node --import tsx test/bench/import.ts DIR ROWS ORGNR` prints JSON; add
// `--cpu-prof` before `--import` to profile it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { importUsers } from '../../electron/core/import/import-service';
import type { OpenedCore } from '../../electron/core/open';
import { bulkInsert } from '../../electron/core/db/bulk-insert';
import { UserEntity } from '../../electron/core/db/entities';
import { collaboration, openTestCore } from '../integration/support';
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
  /** The import process's peak resident memory, after the dry run and the commit. */
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
function staffList(rows: number): Buffer {
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

/** The child's work: the import as the core runs it, then the floors beside it. */
async function measure(dir: string, rows: number, orgnr: string): Promise<ImportFigures> {
  const core = await openTestCore(`${dir}/import-${rows}.db`, () => new Date());
  try {
    const bytes = staffList(rows);
    const file = `${dir}/staff-${rows}.csv`;
    writeFileSync(file, bytes);
    const customerId = await createCustomer(core, rows, orgnr);
    const run = (dryRun: boolean) =>
      timed(() => importUsers(core.context, { customerId, fileName: 'staff.csv', bytes, dryRun }));
    const dry = await run(true);
    const commit = await run(false);
    // Before the floors below, which hold the rows again.
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    if (commit.value.report.created !== rows)
      throw new Error(`created ${commit.value.report.created} of ${rows}`);
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
      dryRun: timing(dry),
      commit: timing(commit),
      peakRssMb,
      sqliteImport: timing(shell),
      schemaFloor: timing(schemaFloor),
      driverFloor: await driverFloor(core, customerId),
    };
  } finally {
    await core.close();
  }
}

async function createCustomer(core: OpenedCore, rows: number, orgnr: string): Promise<string> {
  const input = collaboration({
    licences: rows + 10,
    contact: null,
    customer: { name: `Import ${rows} AB`, orgnr },
  });
  const created = await core.dispatch('customers:create', input, { transport: 'test' });
  if (!created.ok) throw new Error(created.error.code);
  return (created.value as { id: string }).id;
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
  const stamp = '2026-11-28T10:00:00.000Z';
  const lines: string[] = [];
  for (let i = 1; i <= rows; i++) {
    const email = `asa${i}@bench.example`;
    lines.push(
      `u${i};c;Åsa${i};Öberg;${email};${email};;;;${i};monthly;reporter;u${i - ((i - 1) % 10)};;0;;${stamp};${stamp}`,
    );
  }
  const file = `${dir}/floor-users-${rows}.csv`;
  writeFileSync(file, lines.join('\n') + '\n');
  return timed(() =>
    Promise.resolve(
      spawnSync('sqlite3', [
        db,
        '-cmd',
        '.mode csv',
        '-cmd',
        '.separator ;',
        `.import ${file} users`,
      ]),
    ),
  );
}

if (process.argv[1] === SELF) {
  const [dir, rows, orgnr] = process.argv.slice(2);
  if (!dir || !rows || !orgnr) throw new Error('usage: import.ts DIR ROWS ORGNR');
  console.log(JSON.stringify(await measure(dir, Number(rows), orgnr)));
}
