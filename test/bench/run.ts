// `npm run bench`: the figures the issues ask for, printed as a table. Not a test: nothing here
// passes or fails; it measures on this machine and says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { seedDemo } from '../../electron/core/demo/demo-service';
import { startHost } from '../../electron/host/server';
import { openTestCore, tempDir } from '../integration/support';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { median, percentile, time } from './stats';

const RENDERER = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 2000);
const figures: [string, string][] = [];

async function main() {
  if (!existsSync(`${RENDERER}index.html`)) {
    spawnSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
  }
  const dir = tempDir('kundstart-bench-');
  const core = await openTestCore(`${dir.dir}/bench.db`, () => new Date());
  const seeded = await time(() => seedDemo(core.context, { customers: CUSTOMERS }));
  figures.push([
    `demo --customers ${CUSTOMERS} (create through the service)`,
    `${(seeded.ms / 1000).toFixed(1)} s`,
  ]);
  const host = await startHost({ core, rendererDir: RENDERER });
  try {
    await benchList(host.url);
    await benchPortfolio(host.url);
  } finally {
    await host.close();
    await core.close();
    dir.cleanup();
  }
  print();
}

async function benchList(url: string) {
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token') ?? '';
  const samples: number[] = [];
  let count = 0;
  for (let i = 0; i < 21; i++) {
    const { ms, value } = await time(async () => {
      const res = await fetch(`${origin}/api/customers:list`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: '{}',
      });
      return (await res.json()) as { value: unknown[] };
    });
    count = value.value.length;
    if (i > 0) samples.push(ms); // the first call warms caches
  }
  figures.push([
    `customers:list over the browser-mode host (${count} rows), median / p95 of 20`,
    `${median(samples).toFixed(1)} ms / ${percentile(samples, 95).toFixed(1)} ms`,
  ]);
}

async function benchPortfolio(url: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const start = performance.now();
      await page.goto(url);
      await page.locator('.MuiDataGrid-row').first().waitFor({ state: 'visible', timeout: 60_000 });
      if (i > 0) samples.push(performance.now() - start);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  figures.push([
    `portfolio page: navigation to first grid rows shown in Chromium (${CUSTOMERS} customers), median / max of 5`,
    `${median(samples).toFixed(0)} ms / ${Math.max(...samples).toFixed(0)} ms`,
  ]);
}

function print() {
  const width = Math.max(...figures.map(([k]) => k.length));
  console.log('\nKundstart benchmarks (2 cores; see README)');
  for (const [name, value] of figures) console.log(`${name.padEnd(width)}  ${value}`);
}

await main();
