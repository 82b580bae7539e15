import { importUsers } from '../../electron/core/import/import-service';
import type { OpenedCore } from '../../electron/core/open';
import { collaboration } from '../integration/support';
import { median, percentile } from './stats';

const EVERY_MS = 50;

/** A staff list of `rows` users in UTF-8 CSV (the latency, not the reading, is measured here). */
function staffList(rows: number): Buffer {
  const lines = ['Förnamn;Efternamn;E-post;Anställningsnr'];
  for (let i = 1; i <= rows; i++) lines.push(`Åsa${i};Öberg;asa${i}@latency.example;${i}`);
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/**
 * What a window feels while a large import commits: `customers:get` over the browser-mode host
 * every 50 ms, each timed from when it was due (a call that waited for a busy core counts its
 * wait), beside the same call on an idle core. Issue 13's goal: p99 under 100 ms.
 */
export async function benchLatencyDuringImport(
  core: OpenedCore,
  url: string,
  rows: number,
): Promise<[string, string][]> {
  const input = collaboration({
    licences: rows + 10,
    contact: null,
    customer: { name: `Latens ${rows} AB`, orgnr: '5599000030' },
  });
  const created = await core.dispatch('customers:create', input, { transport: 'test' });
  if (!created.ok) throw new Error(created.error.code);
  const id = (created.value as { id: string }).id;
  const get = customerGetter(url, id);
  const idle = await poll(get, new Promise((resolve) => setTimeout(resolve, 1000)));
  const bytes = staffList(rows);
  const importing = importUsers(core.context, {
    customerId: id,
    fileName: 'staff.csv',
    bytes,
    dryRun: false,
  });
  const busy = await poll(get, importing);
  const { report } = await importing;
  if (report.created !== rows) throw new Error(`created ${report.created} of ${rows}`);
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  return [
    [
      `customers:get every ${EVERY_MS} ms over the host while ${rows} users import: median / p99 / max (n)`,
      `${ms(median(busy))} / ${ms(percentile(busy, 99))} / ${ms(Math.max(...busy))} (${busy.length}); idle median ${ms(median(idle))}`,
    ],
  ];
}

function customerGetter(url: string, id: string) {
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token') ?? '';
  return async () => {
    const res = await fetch(`${origin}/api/customers:get`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ id }),
    });
    const body = (await res.json()) as { ok: boolean };
    if (!body.ok) throw new Error('customers:get failed');
  };
}

/** Calls `get` every EVERY_MS until `until` settles; each latency from the moment it was due. */
async function poll(get: () => Promise<void>, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.then(
    () => (done = true),
    () => (done = true),
  );
  const start = performance.now();
  const calls: Promise<number>[] = [];
  for (let k = 0; !done; k++) {
    const due = start + k * EVERY_MS;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    if (done) break;
    calls.push(get().then(() => performance.now() - due));
  }
  return Promise.all(calls);
}
