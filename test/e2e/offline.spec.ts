// Issue 16 item 6: the team database goes away (a loopback proxy to it closes, as a VPN drops).
// The open window says so in one banner; a start without it shows the last-read copy, marked
// with the time it was read, and keeps new customers as drafts; back online, the drafts are
// sent, and one a colleague created meanwhile is a conflict staff resolve.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { startTestCluster, type TestCluster } from '../support/postgres';
import { startProxy, type Proxy } from '../support/tcp-proxy';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';

/** `kundstart serve --db postgres://…`: the team database of this file's own cluster. */
class TeamApp extends ServedApp {
  override readonly db: string;
  constructor(team: string) {
    super();
    this.db = team;
  }
  /** The team database's local files (key, copy) in the test's folder. */
  startHere(): Promise<string> {
    return this.start({ XDG_CONFIG_HOME: this.dir });
  }
}

/** The contract as the window calls it: POST /api/<channel>. */
async function call<T>(url: string, channel: string, input: object): Promise<T> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${searchParams.get('token') ?? ''}`,
    },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

let cluster: TestCluster;
let proxy: Proxy;
let app: TeamApp;
test.beforeAll(async () => {
  cluster = await startTestCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE offline_e2e');
  await admin.end();
  const url = new URL(cluster.url);
  proxy = await startProxy(Number(url.port));
  url.port = String(proxy.port);
  url.pathname = '/offline_e2e';
  app = new TeamApp(url.toString());
});
test.afterAll(async () => {
  await app.dispose();
  await proxy.close();
  cluster.stop();
});

test('the team database out of reach: a banner, then the last-read copy marked with its time', async ({
  page,
}) => {
  let url = await app.startHere();
  await call(url, 'bureau:save', {
    name: 'Ek & Ask AB',
    orgnr: '556016-0680',
    resellerAgreement: false,
    staffName: 'Anna Ek',
  });
  await call(url, 'customers:create', customer('Åkesson Bygg AB', '559244-0001'));
  // The core makes its copy a few seconds after the last change.
  await expect
    .poll(async () => (await call<{ readAt: string | null }>(url, 'database:status', {})).readAt, {
      timeout: 30_000,
    })
    .not.toBeNull();

  const portfolio = new PortfolioPage(page);
  await portfolio.open(url);
  await expect(portfolio.customerLink('Åkesson Bygg AB')).toBeVisible();
  await expect(page.getByText('Teamdatabasen kan inte nås')).toHaveCount(0);

  await proxy.close();
  await expect(
    page.getByRole('status').filter({ hasText: 'Teamdatabasen kan inte nås' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/offline-lost.png', fullPage: true });

  await app.stop();
  url = await app.startHere();
  await portfolio.open(url);
  const banner = page.getByRole('status').filter({ hasText: 'senast lästa kopian' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/Senast läst \d{1,2} [a-zåäö]+\.? \d{4} \d{2}:\d{2}/);
  await expect(portfolio.customerLink('Åkesson Bygg AB')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/offline-copy.png', fullPage: true });

  // Two new customers offline: drafts on this computer.
  await call(url, 'customers:create', customer('Nya AB', '559244-0027'));
  await call(url, 'customers:create', customer('Bergs Måleri AB', '559244-0035'));

  // Back online; a colleague has meanwhile added Bergs Måleri.
  await proxy.open();
  await app.stop();
  url = await app.startHere();
  await call(url, 'customers:create', customer('Bergs Måleri', '559244-0035'));
  await portfolio.open(url);
  const drafts = page.getByRole('region', { name: 'Utkast till nya kunder' });
  await expect(drafts).toContainText('Nya AB, 559244-0027');
  await drafts.getByRole('button', { name: 'Skicka utkast till teamdatabasen' }).click();
  await expect(drafts).toContainText(
    'En kollega har redan lagt upp Bergs Måleri (559244-0035) i teamdatabasen',
  );
  await page.screenshot({ path: 'test-results/e2e/offline-drafts-conflict.png', fullPage: true });
  await drafts.getByRole('button', { name: 'Behåll kollegans, släng mitt utkast' }).click();
  await expect(drafts).not.toContainText('Bergs Måleri AB');
  await drafts.getByRole('button', { name: 'Skicka utkast till teamdatabasen' }).click();
  await expect(page.getByText('1 utkast skickade till teamdatabasen')).toBeVisible();
  await expect(drafts).toHaveCount(0);
  await page.reload();
  await expect(portfolio.customerLink('Nya AB')).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Kunder' });
  await expect(grid.getByRole('link', { name: 'Bergs Måleri', exact: true })).toBeVisible();
  await expect(grid.getByRole('link', { name: 'Bergs Måleri AB' })).toHaveCount(0);
});

function customer(name: string, orgnr: string) {
  return {
    version: 'easy',
    licences: 3,
    customer: {
      name,
      orgnr,
      address: { street: 'Storgatan 1', postalCode: '111 22', city: 'Örebro' },
      phone: '',
      invoiceEmail: 'faktura@akesson-bygg.example',
    },
    contact: null,
    invoicing: { payer: 'customer', method: 'email' },
  };
}
