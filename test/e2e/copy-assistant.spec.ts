// Inställningar → Databas → "Flytta portföljen till teamdatabasen" (issue 16 item 5): browser
// mode's host on a SQLite file with a demo portfolio, copied into a throwaway PostgreSQL cluster.
import { join } from 'node:path';
import pg from 'pg';
import { expect, test, type Locator } from '@playwright/test';
import { postgresBinDir } from '../prerequisites.js';
import { startTestCluster, type TestCluster } from '../support/postgres';
import { ServedApp } from './host';

const CUSTOMERS = 12;
const SHOTS = 'test-results/e2e';

test.skip(
  !postgresBinDir(),
  'PostgreSQL’s server programs are missing: apt-get install postgresql',
);

let app: ServedApp;
let cluster: TestCluster;
test.beforeAll(async () => {
  cluster = await startTestCluster();
});
test.afterAll(() => cluster?.stop());
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

/** A database of the cluster with nothing in it, as a bureau's new team database. */
async function emptyDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return name;
}

async function customersIn(database: string): Promise<number> {
  const url = new URL(cluster.url);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM customers');
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

/** The assistant's card alone: the page around it is the settings screen of other specs. */
async function shot(card: Locator, name: string) {
  await card.screenshot({ path: `${SHOTS}/copy-assistant-${name}.png`, animations: 'disabled' });
}

test('the portfolio moves to the team database in four steps, and a second copy is refused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  app.setBureau();
  app.cli('demo', '--customers', String(CUSTOMERS), '--users-per-customer', '3');
  const database = await emptyDatabase('team_e2e');
  // The team database's key file is this desktop's, under the test's own app-data folder.
  await page.goto(await app.start({ XDG_CONFIG_HOME: join(app.dir, 'config') }));
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const card = page.getByRole('region', { name: 'Flytta portföljen till teamdatabasen' });
  await card.scrollIntoViewIfNeeded();

  // Step 1: the team database, and its connection test.
  const { port } = new URL(cluster.url);
  await card.getByRole('textbox', { name: 'Server' }).fill('127.0.0.1');
  await card.getByRole('textbox', { name: 'Port' }).fill(port);
  await card.getByRole('textbox', { name: 'Databas', exact: true }).fill(database);
  await card.getByRole('textbox', { name: 'Användare' }).fill('kundstart');
  await card.getByRole('combobox', { name: 'TLS (kryptering)' }).click();
  await page.getByRole('option', { name: /Okrypterad/ }).click();
  await card.getByRole('button', { name: 'Testa anslutning' }).click();
  await expect(card.getByRole('status')).toContainText('Databasen är tom');
  await shot(card, '1-target');

  // Step 2, by keyboard: the review, and its heading takes the focus.
  await card.getByRole('button', { name: 'Nästa' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading', { name: 'Granska' })).toBeFocused();
  await expect(
    card.getByText(`${CUSTOMERS} kunder och ${CUSTOMERS * 3} användare kopieras`),
  ).toBeVisible();
  await expect(card.getByText('Ingen av kunderna finns redan i teamdatabasen.')).toBeVisible();
  await shot(card, '2-preview');

  // Step 3: the copy, with its progress; step 4: the verified counts.
  await card.getByRole('button', { name: 'Kopiera till teamdatabasen' }).click();
  await expect(card.getByRole('progressbar', { name: 'Kopieringens förlopp' })).toBeVisible();
  await shot(card, '3-copy');
  await expect(
    card.getByText(/Kopieringen är klar på [\d,]+ s\. Antal rader och kontrollsummor stämmer/),
  ).toBeVisible({
    timeout: 60_000,
  });
  const results = card.getByRole('table', { name: 'Resultat' });
  await expect(results.getByRole('row', { name: /^Kunder customers 12$/ })).toBeVisible();
  expect(await customersIn(database)).toBe(CUSTOMERS);
  await card.getByRole('button', { name: 'Använd teamdatabasen' }).click();
  await expect(card.getByText('Teamdatabasen är vald.')).toBeVisible();
  await shot(card, '4-result');

  // A second copy into the same team database: every customer is a conflict, the copy blocked.
  await card.getByRole('button', { name: 'Börja om' }).click();
  await card.getByRole('button', { name: 'Nästa' }).click();
  await expect(
    card.getByText(`${CUSTOMERS} av kunderna finns redan i teamdatabasen`),
  ).toBeVisible();
  const conflicts = card.getByRole('table', { name: /finns redan i teamdatabasen/ });
  await expect(conflicts.getByRole('row')).toHaveCount(CUSTOMERS + 1);
  await expect(card.getByRole('button', { name: 'Kopiera till teamdatabasen' })).toBeDisabled();
  await shot(card, '5-conflicts');
  expect(await customersIn(database)).toBe(CUSTOMERS);
  // The app still runs on its own file.
  await expect(
    page.getByRole('region', { name: 'Databas', exact: true }).getByText(app.db),
  ).toBeVisible();
});
