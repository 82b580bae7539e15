import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';

const CUSTOMER = 'Åkesson Bygg & Måleri AB';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

/** The core process `kundstart serve` forked: its one child. */
function corePid(): number {
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(app.pid)], {
    encoding: 'utf8',
  })
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
  expect(children).toHaveLength(1);
  return children[0]!;
}

test('a core process that dies is restarted, the window says so, and the app carries on', async ({
  page,
}) => {
  // The core starts twice (first and after the kill): on a busy machine each takes its while.
  test.setTimeout(180_000);
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001');
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  await expect(portfolio.customerLink(CUSTOMER)).toBeVisible();

  const killed = corePid();
  process.kill(killed, 'SIGKILL');
  const notice = page.getByRole('alert').filter({ hasText: 'bakgrundsprocess' });
  await expect(notice).toHaveText(
    'Kundstarts bakgrundsprocess avbröts och har startats om. Det du just gjorde kan behöva göras om.',
    // The new core opens the database first: on a busy machine that takes a while.
    { timeout: 60_000 },
  );
  await page.screenshot({ path: 'test-results/e2e/core-restarted.png' });
  expect(corePid()).not.toBe(killed);

  // The new core answers: the customer opens as before.
  await portfolio.customerLink(CUSTOMER).click();
  await expect(page.getByRole('heading', { name: CUSTOMER, level: 1 })).toBeVisible();
});
