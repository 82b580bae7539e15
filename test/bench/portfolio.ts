// The portfolio's figures: customers:list over the host and the page's first rows in Chromium,
// at the bench's portfolio and at a large one seeded in a database of its own.
import { chromium } from '@playwright/test';
import { seedDemo } from '../../electron/core/demo/demo-service';
import { startHost } from '../../electron/host/server';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { openTestCore, tempDir } from '../integration/support';
import { median, percentile, time } from './stats';

type Figure = [string, string];

/** `customers` demo customers of one user each (the page lists customers, not users). */
export async function benchLargePortfolio(
  rendererDir: string,
  customers: number,
): Promise<Figure[]> {
  const dir = tempDir('kundstart-bench-portfolio-');
  const core = await openTestCore(`${dir.dir}/portfolio.db`, () => new Date());
  try {
    const seeded = await time(() => seedDemo(core.context, { customers, usersPerCustomer: 1 }));
    const host = await startHost({ core, rendererDir });
    try {
      return [
        [
          `demo --customers ${customers} --users-per-customer 1`,
          `${(seeded.ms / 1000).toFixed(1)} s`,
        ],
        ...(await benchList(host.url)),
        ...(await benchPortfolio(host.url, customers)),
      ];
    } finally {
      await host.close();
    }
  } finally {
    await core.close();
    dir.cleanup();
  }
}

/** customers:list over the host, median / p95 of 20 after one that warms caches. */
export async function benchList(url: string): Promise<Figure[]> {
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
  return [
    [
      `customers:list over the browser-mode host (${count} rows), median / p95 of 20`,
      `${median(samples).toFixed(1)} ms / ${percentile(samples, 95).toFixed(1)} ms`,
    ],
  ];
}

/** The portfolio page in Chromium, from navigation to its first grid rows, median of 5. */
export async function benchPortfolio(url: string, customers: number): Promise<Figure[]> {
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
  return [
    [
      `portfolio page: navigation to first grid rows shown in Chromium (${customers} customers), median / max of 5`,
      `${median(samples).toFixed(0)} ms / ${Math.max(...samples).toFixed(0)} ms`,
    ],
  ];
}
