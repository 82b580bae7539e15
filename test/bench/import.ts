import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { importUsers } from '../../electron/core/import/import-service';
import type { OpenedCore } from '../../electron/core/open';
import { collaboration } from '../integration/support';
import { time } from './stats';

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

/** Dry run, commit and peak memory for `rows` rows, beside sqlite3's own .import of the file. */
export async function benchImport(core: OpenedCore, dir: string, rows: number, orgnr: string) {
  const bytes = staffList(rows);
  const file = `${dir}/staff-${rows}.csv`;
  writeFileSync(file, bytes);
  const input = collaboration({
    licences: rows + 10,
    contact: null,
    customer: { name: `Import ${rows} AB`, orgnr },
  });
  const created = await core.dispatch('customers:create', input, { transport: 'test' });
  if (!created.ok) throw new Error(created.error.code);
  const customerId = (created.value as { id: string }).id;
  const run = (dryRun: boolean) =>
    time(() => importUsers(core.context, { customerId, fileName: 'staff.csv', bytes, dryRun }));
  const dry = await run(true);
  const commit = await run(false);
  if (commit.value.report.created !== rows)
    throw new Error(`created ${commit.value.report.created} of ${rows}`);
  const floor = time(() =>
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
  const shell = await floor;
  return {
    rows,
    dryRunMs: dry.ms,
    commitMs: commit.ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    sqliteImportMs: shell.ms,
  };
}
