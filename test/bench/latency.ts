// The latency a window feels: a small call every 50 ms, each timed from when it was due.
import { median, percentile } from './stats';

export const EVERY_MS = 50;

/** A staff list of `rows` users in UTF-8 CSV (the latency, not the reading, is measured here). */
export function staffList(rows: number): Buffer {
  const lines = ['Förnamn;Efternamn;E-post;Anställningsnr'];
  for (let i = 1; i <= rows; i++) lines.push(`Åsa${i};Öberg;asa${i}@latency.example;${i}`);
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/** One latency figure: median, p99 and max of the calls made while `what`. */
export function latencyFigure(what: string, samples: number[]): [string, string] {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  return [
    `customers:get every ${EVERY_MS} ms over the host ${what}: median / p99 / max (n)`,
    `${ms(median(samples))} / ${ms(percentile(samples, 99))} / ${ms(Math.max(...samples))} (${samples.length})`,
  ];
}

export function customerGetter(url: string, id: string) {
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
export async function poll(get: () => Promise<void>, until: Promise<unknown>): Promise<number[]> {
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
