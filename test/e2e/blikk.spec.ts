import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { blikkUser, testPersonnummer, type BlikkApiUser } from '../support/blikk-fixtures';
import { startBlikkServer, type BlikkServer } from '../support/blikk-server';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';

const CUSTOMER = 'Åkesson Bygg AB';
const ORGNR = '559244-0001';
const APP_ID = 'kundstart-ekask';
const SECRET = 'hemlig-nyckel-42';
const SHOTS = 'test-results/e2e';

/** Blikk's users without profile or approver, so only the differences made below show. */
const inBlikk = (n: number, over: Partial<BlikkApiUser> = {}) =>
  blikkUser(n, { timeReportingProfile: null, manager: null, ...over });

/** The same three users prepared in Kundstart, from the fixtures' own values. */
function preparedCsv(): string {
  const lines = [1, 2, 3].map((n) => {
    const u = blikkUser(n);
    return [u.firstName, u.lastName, u.email, testPersonnummer(n), u.employeeNumber]
      .concat(['Månadslön', 'Rapportör'])
      .join(';');
  });
  return [
    'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet',
    ...lines,
  ].join('\r\n');
}

let app: ServedApp;
let blikk: BlikkServer;
test.beforeEach(async () => {
  app = new ServedApp();
  // In Blikk: user 1 as prepared, user 2 with another e-mail, user 3 with another first name.
  blikk = await startBlikkServer({
    apps: [
      {
        appId: APP_ID,
        secret: SECRET,
        users: [
          inBlikk(1),
          inBlikk(2, { email: 'bertil.privat@akesson-bygg.example' }),
          inBlikk(3, { firstName: 'Cissi' }),
        ],
      },
    ],
  });
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', ORGNR, '--licences', '3');
  const csv = join(app.dir, 'personal.csv');
  writeFileSync(csv, preparedCsv(), 'utf8');
  app.cli('users', 'import', '--customer', ORGNR, csv);
});
test.afterEach(async () => {
  await app.dispose();
  await blikk.close();
});

/** The cell lies inside the grid at the window's 1280 pixels, and its text is not cut. */
async function expectWholeOnScreen(page: Page, cell: Locator) {
  const grid = await page.getByRole('grid', { name: 'Kunder' }).boundingBox();
  const box = await cell.boundingBox();
  expect(box && grid && box.x + box.width <= grid.x + grid.width).toBe(true);
  const text = cell.locator('span').last();
  expect(await text.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
}

/** The window, or one part of it (a whole page would draw the fixed top bar mid-page). */
const shot = (target: Page | Locator, name: string) =>
  target.screenshot({ path: `${SHOTS}/blikk-${name}.png` });

test('connect a customer to Blikk, reconcile, accept one difference and keep another, see the portfolio', async ({
  page,
}) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start({ KUNDSTART_BLIKK_API_URL: blikk.url }));
  await expect(portfolio.rows().first()).toContainText('Inte ansluten');
  await portfolio.customerLink(CUSTOMER).click();

  // Not connected: "Anslut", a wrong secret named in Swedish, then the right one tested and saved.
  const card = page.getByRole('region', { name: 'Blikk', exact: true });
  await card.getByRole('button', { name: 'Anslut' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anslut till Blikk' });
  await dialog.getByLabel('Applikations-id').fill(APP_ID);
  await dialog.getByLabel('Hemlighet').fill('fel-nyckel');
  await dialog.getByRole('button', { name: 'Testa anslutning' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Blikk godtog inte inloggningen');
  await dialog.getByLabel('Hemlighet').fill(SECRET);
  await dialog.getByRole('button', { name: 'Testa anslutning' }).click();
  await expect(dialog.getByRole('status')).toContainText('Anslutningen fungerar: 3 användare');
  await shot(dialog, 'connect');
  await dialog.getByRole('button', { name: 'Spara anslutning' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText(APP_ID);
  await expect(card).toContainText('Fungerade');

  // Reconcile: two differences, grouped under their users.
  await card.getByRole('button', { name: 'Stäm av nu' }).click();
  const result = page.getByRole('region', { name: 'Avstämning mot Blikk' });
  await expect(result).toContainText('Skillnader (2)');
  await expect(result).toContainText('Licenser');
  await shot(result, 'result');

  const bertil = result.getByRole('table', { name: /Bertil/ });
  await expect(bertil).toContainText('bertil.privat@akesson-bygg.example');
  await bertil.getByRole('button', { name: /Använd Blikks värde/ }).click();
  await expect(result).toContainText('Skillnader (1)');

  const cecilia = result.getByRole('table', { name: /Cecilia/ });
  await cecilia.getByRole('button', { name: /Behåll Kundstarts/ }).click();
  await expect(cecilia).toContainText('rätta i Blikk');
  // Nothing left to choose, but the checklist does not call a kept difference done.
  await expect(page.getByRole('region', { name: 'Onboarding' })).toContainText(
    'det som behölls ska rättas i Blikk',
  );
  await shot(result, 'resolved');

  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Kunder' })
    .click();
  await expect(portfolio.rows().first()).not.toContainText('Inte ansluten');
  await expect(portfolio.rows().first()).not.toContainText('Inte avstämd');
  await expectWholeOnScreen(page, portfolio.rows().first().locator('[data-field="blikk"]'));
  await shot(page, 'portfolio');
});

/** Valid organisation numbers (5590NNNNN + Luhn) for the further customers. */
function orgnr(i: number): string {
  const payload = `5590${String(i).padStart(5, '0')}`;
  const digits = [...payload].map(Number);
  const sum = digits.reduce(
    (s, d, k) => s + (k % 2 === 0 ? ((d * 2) % 10) + Math.floor(d / 5) : d),
    0,
  );
  return `${payload.slice(0, 6)}-${payload.slice(6)}${(10 - (sum % 10)) % 10}`;
}

test('"Stäm av alla" shows its progress and stops on "Avbryt"; offline, the last result stays readable with its date', async ({
  page,
}) => {
  // Five connected customers (through the CLI, secret from the environment as a script would).
  const orgnrs = [ORGNR];
  for (let i = 1; i <= 4; i++) {
    orgnrs.push(orgnr(140 + i));
    app.cli('customer', 'create', '--name', `Kund ${i} AB`, '--orgnr', orgnr(140 + i));
  }
  const env = { KUNDSTART_BLIKK_API_URL: blikk.url, KUNDSTART_BLIKK_SECRET: SECRET };
  for (const nr of orgnrs)
    await app.cliWith(env, 'blikk', 'connect', '--customer', nr, '--app-id', APP_ID);

  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start({ KUNDSTART_BLIKK_API_URL: blikk.url }));
  // Blikk answers each users page after 3 s: the run is still going when "Avbryt" is pressed.
  blikk.fail({ kind: 'hang', ms: 3000 }, 5, 'users');
  await page.getByRole('button', { name: 'Stäm av alla anslutna' }).click();
  await expect(page.getByText('Stämmer av 0 av 5 kunder')).toBeVisible();
  await shot(page, 'all-progress');
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText(/Avstämningen avbröts efter \d av 5 kunder/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stäm av alla anslutna' })).toBeEnabled();

  // One customer read (with a fourth person in Blikk, never prepared: more licences in use
  // than invoiced), then Blikk out of reach: the failure is said, the result kept, dated.
  const [one, two, three] = [inBlikk(1), inBlikk(2), inBlikk(3)];
  blikk.setUsers(APP_ID, [one, { ...two, email: 'b@akesson-bygg.example' }, three, inBlikk(4)]);
  await portfolio.customerLink(CUSTOMER).click();
  const card = page.getByRole('region', { name: 'Blikk', exact: true });
  await card.getByRole('button', { name: 'Stäm av nu' }).click();
  const result = page.getByRole('region', { name: 'Avstämning mot Blikk' });
  await expect(result).toContainText('Skillnader (1)');
  await expect(result).toContainText('I Blikk men inte förberedda (1)');
  await expect(result).toContainText(/\d{8}-\*{4}/);
  await expect(result).toContainText('4 används i Blikk, 3 faktureras');
  await shot(result, 'not-prepared');
  await blikk.close();
  await card.getByRole('button', { name: 'Stäm av nu' }).click();
  await expect(result).toContainText('Blikk gick inte att nå');
  await expect(result).toContainText(/Resultatet nedan är från \d+ \w+\.? 20\d\d/);
  await expect(result).toContainText('I Blikk men inte förberedda (1)');
  await shot(result, 'offline');
  await shot(card, 'offline-card');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Kunder' })
    .click();
  const failed = portfolio.rows().filter({ hasText: CUSTOMER }).locator('[data-field="blikk"]');
  await expect(failed).toContainText(/Fel \d+ \w+\.? 20\d\d/);
  await expectWholeOnScreen(page, failed);
  await shot(page, 'portfolio-offline');
});
