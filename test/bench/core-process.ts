// What a window feels while the core works, measured through the transport the UI uses in
// browser mode: the host in this process, the services in a core process forked as
// `kundstart serve` forks it. A small call every 50 ms while a large import commits and while
// the samlingsfaktura is exported, and the core process's peak memory.
import { readFileSync } from 'node:fs';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { parseReport } from '../../shared/schemas/import';
import type { Core } from '../../electron/core/core';
import { startCoreClient, type CoreClient } from '../../electron/core/process/core-client';
import { forkCore } from '../../electron/core/process/fork-core';
import { startHost } from '../../electron/host/server';
import { collaboration } from '../integration/support';
import { customerGetter, EVERY_MS, latencyFigure, poll, staffList } from './latency';
import { median } from './stats';

type Figure = [string, string];

async function call<C extends Channel>(core: Core, channel: C, input: InputOf<C>) {
  const result = (await core.dispatch(channel, input, { transport: 'test' })) as Result<
    OutputOf<C>
  >;
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.code}`);
  return result.value;
}

/** Peak resident memory of a process so far (Linux's VmHWM), in MB; null where unknown. */
export function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** The bench's database, served as browser mode serves it; `rows` users imported meanwhile. */
export async function benchCoreProcess(
  dbFile: string,
  rendererDir: string,
  rows: number,
  month: string,
): Promise<Figure[]> {
  const core = await startCoreClient(forkCore(), { dbFile, mode: 'browser', startOutbox: false });
  const host = await startHost({ core, rendererDir });
  try {
    const created = await call(
      core,
      'customers:create',
      collaboration({
        licences: rows + 10,
        contact: null,
        customer: { name: `Latens ${rows} AB`, orgnr: '5599000030' },
      }),
    );
    // The call polled is a small customer's, the same size as the window's usual one: the
    // imported customer's own page grows with its 100,000 users and would measure that instead.
    const small = (await call(core, 'customers:list', {})).find((c) => c.licences <= 50);
    const get = customerGetter(host.url, small?.id ?? created.id);
    const idle = await poll(get, new Promise((resolve) => setTimeout(resolve, 1000)));
    const figures: Figure[] = [
      [
        `customers:get every ${EVERY_MS} ms, core process idle: median`,
        `${median(idle).toFixed(0)} ms`,
      ],
    ];
    figures.push(await duringImport(core, get, created.id, rows));
    for (const format of ['xlsx', 'pdf'] as const) {
      const busy = await poll(get, call(core, 'invoices:export', { month, format }));
      figures.push(latencyFigure(`while invoices export ${month} --format ${format} runs`, busy));
    }
    return figures;
  } finally {
    await host.close();
    await core.close();
  }
}

/** The import as the window runs it: read the file, then commit the table the core kept. */
async function duringImport(
  core: CoreClient,
  get: () => Promise<void>,
  customerId: string,
  rows: number,
): Promise<Figure> {
  const preview = await call(core, 'users:importRead', {
    customerId,
    fileName: 'staff.csv',
    contentBase64: staffList(rows).toString('base64'),
  });
  const importing = call(core, 'users:importCommit', {
    customerId,
    session: preview.session,
    edits: [],
    mapping: preview.mapping,
  });
  const busy = await poll(get, importing);
  const report = parseReport(await importing);
  if (report.created !== rows) throw new Error(`created ${report.created} of ${rows}`);
  const peak = peakRssMb(core.pid());
  const figure = latencyFigure(`while ${rows} users import`, busy);
  return [figure[0], `${figure[1]}; core process peak RSS ${peak?.toFixed(0) ?? '?'} MB`];
}
