import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { startTestCluster, type TestCluster } from '../support/postgres';
import { ServedApp } from './host';

let app: ServedApp;
let cluster: TestCluster;
test.beforeAll(async () => {
  cluster = await startTestCluster();
});
test.afterAll(() => cluster.stop());
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test('Inställningar → Databas tests a team database: a Swedish error, then the working one', async ({
  page,
}) => {
  await page.goto(await app.start());
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const card = page.getByRole('region', { name: 'Databas', exact: true });
  await expect(card.getByText(app.db)).toBeVisible();
  // Browser mode says where its database is chosen, and offers no "Använd".
  await expect(card.getByText(/kundstart serve --db postgres/)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Använd' })).toHaveCount(0);

  await card.getByRole('radio', { name: 'Teamdatabas (PostgreSQL)' }).check();
  await card.getByRole('button', { name: 'Testa anslutning' }).click();
  await expect(card.getByText('Fyll i server, databas och användare.')).toBeVisible();

  const { port } = new URL(cluster.url);
  await card.getByRole('textbox', { name: 'Server' }).fill('127.0.0.1');
  await card.getByRole('textbox', { name: 'Port' }).fill(String(await closedPort()));
  await card.getByRole('textbox', { name: 'Databas', exact: true }).fill('postgres');
  await card.getByRole('textbox', { name: 'Användare' }).fill('kundstart');
  await card.getByRole('combobox', { name: 'TLS (kryptering)' }).click();
  await page.getByRole('option', { name: /Okrypterad/ }).click();
  await card.getByRole('button', { name: 'Testa anslutning' }).click();
  await expect(card.getByText(/Databasservern tog inte emot anslutningen/)).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/database-refused.png', fullPage: true });

  await card.getByRole('textbox', { name: 'Port' }).fill(port);
  await card.getByRole('button', { name: 'Testa anslutning' }).click();
  await expect(card.getByRole('status')).toContainText('Anslutningen fungerar. PostgreSQL');
  await expect(card.getByRole('status')).toContainText('Databasen är tom');
  await expect(card.getByText(/Databasservern tog inte emot/)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/database-ok.png', fullPage: true });
  // The app still runs on its own file.
  await expect(card.getByText(app.db)).toBeVisible();
});
