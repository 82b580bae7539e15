// The samlingsfaktura's figures for `npm run bench`: a year of history on the bench's portfolio,
// then one month's summary, the comparison, the 12-month trend and every export format. Also runs
// on its own (`node --import tsx test/bench/invoices.ts`), seeding its own portfolio first.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedDemoHistory } from '../../electron/core/demo/demo-history';
import { seedDemo } from '../../electron/core/demo/demo-service';
import { exportInvoices } from '../../electron/core/invoices/export/export-service';
import type { OpenedCore } from '../../electron/core/open';
import { INVOICE_EXPORT_FORMATS } from '../../shared/schemas/invoices';
import { openTestCore, tempDir, value } from '../integration/support';
import { median, percentile, time } from './stats';

type Figure = [string, string];
const HISTORY_MONTHS = 12;

/** Measures on `core`'s portfolio, after giving every customer a year of history. */
export async function benchInvoices(core: OpenedCore, dir: string): Promise<Figure[]> {
  const ids = (await value(core, 'customers:list', {})).map((row) => row.id);
  const seeded = await time(() =>
    seedDemoHistory(core.context, { customerIds: ids, months: HISTORY_MONTHS, seed: 1 }),
  );
  const h = seeded.value;
  const month = core.context.now().toISOString().slice(0, 7);
  const summary = await value(core, 'invoices:summary', { month });
  const who = `${summary.customers.length} customers / ${summary.licences} licences on it`;
  return [
    [
      `demo --history-months ${HISTORY_MONTHS}, ${ids.length} customers (${h.licenceChanges} licence changes, ${h.invoicingChanges} invoicing switches, ${h.addons} add-ons)`,
      `${(seeded.ms / 1000).toFixed(2)} s`,
    ],
    await repeat(`invoices:summary ${month} (${who})`, 20, () =>
      value(core, 'invoices:summary', { month }),
    ),
    await repeat(`invoices:compare ${month} with the month before`, 10, () =>
      value(core, 'invoices:compare', { month }),
    ),
    await repeat(`invoices:trend, ${HISTORY_MONTHS} months to ${month}`, 10, () =>
      value(core, 'invoices:trend', { month, months: HISTORY_MONTHS }),
    ),
    ...(await benchExports(core, dir, month)),
  ];
}

/** Median and p95 of `runs` calls through the contract, after one call that warms caches. */
async function repeat(name: string, runs: number, work: () => Promise<unknown>): Promise<Figure> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await time(work)).ms);
  return [
    `${name} (service), median / p95 of ${runs}`,
    `${median(samples).toFixed(1)} ms / ${percentile(samples, 95).toFixed(1)} ms`,
  ];
}

/** Each format rendered and written to disk, median of 3; a format not written yet is noted. */
async function benchExports(core: OpenedCore, dir: string, month: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const format of INVOICE_EXPORT_FORMATS) {
    const name = `invoices export ${month} --format ${format}, file written`;
    try {
      const samples: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 3; i++) {
        const run = await time(async () => {
          const file = await exportInvoices(core.context, month, format);
          writeFileSync(`${dir}/${file.fileName}`, file.bytes);
          return file.bytes.length;
        });
        samples.push(run.ms);
        bytes = run.value;
      }
      figures.push([
        `${name}, median of 3`,
        `${median(samples).toFixed(0)} ms (${(bytes / 1024).toFixed(0)} KiB)`,
      ]);
    } catch (err) {
      if (!/not yet written/.test((err as Error).message)) throw err;
      figures.push([name, 'not measured: the format is not written yet']);
    }
  }
  return figures;
}

/** On its own: the same portfolio as run.ts (demo customers with users), then the figures. */
async function standalone() {
  const customers = Number(process.env.BENCH_CUSTOMERS ?? 2000);
  const usersPerCustomer = Number(process.env.BENCH_USERS_PER_CUSTOMER ?? 20);
  const dir = tempDir('kundstart-bench-invoices-');
  const core = await openTestCore(`${dir.dir}/bench.db`, () => new Date());
  try {
    const seeded = await time(() => seedDemo(core.context, { customers, usersPerCustomer }));
    const figures: Figure[] = [
      [
        `demo --customers ${customers} --users-per-customer ${usersPerCustomer}`,
        `${(seeded.ms / 1000).toFixed(1)} s`,
      ],
      ...(await benchInvoices(core, dir.dir)),
    ];
    const width = Math.max(...figures.map(([k]) => k.length));
    console.log('\nKundstart benchmarks: the samlingsfaktura (2 cores; see README)');
    for (const [name, figure] of figures) console.log(`${name.padEnd(width)}  ${figure}`);
  } finally {
    await core.close();
    dir.cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await standalone();
