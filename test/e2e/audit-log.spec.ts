import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';
import { UsersPage } from './pages/users';

const SHOTS = 'test-results/e2e';
/** The log's entries about people: a personnummer in clear, with or without century or dash. */
const PERSONNUMMER = /\b(\d{2})?\d{6}[-+]?\d{4}\b/;

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

/** What the CLI counts for the same filter: the page must say the same. */
function countOf(...filters: string[]): number {
  return (
    JSON.parse(app.cli('audit', 'list', '--json', '--limit', '1', ...filters)) as {
      count: number;
    }
  ).count;
}

const swedish = (n: number) => new Intl.NumberFormat('sv-SE').format(n);

function log(page: Page) {
  return page.getByRole('table', { name: 'Händelser, nyaste först' });
}

/** The highest row number drawn: how far into the log the list has loaded and scrolled. */
async function lastRowIndex(page: Page): Promise<number> {
  const indexes = await log(page)
    .locator('[role="rowgroup"] [role="row"]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-rowindex'))));
  return Math.max(...indexes);
}

test('the audit log filters, scrolls 3,000 entries a page at a time and exports what it shows', async ({
  page,
}) => {
  app.cli('demo', '--customers', '30', '--users-per-customer', '100');
  app.cli('bureau', 'set', '--staff-name', 'Bo Ask');
  const [first] = JSON.parse(app.cli('customer', 'list', '--json')) as {
    name: string;
    orgnr: string;
  }[];
  app.cli('licences', 'set', '--customer', first!.orgnr, '--count', '150');
  const total = countOf();

  await page.goto(await app.start());
  await page.getByRole('navigation').getByRole('link', { name: 'Händelselogg' }).click();
  await expect(page.getByRole('heading', { name: 'Händelselogg', level: 1 })).toBeVisible();
  await expect(page.getByText(`${swedish(total)} händelser`)).toBeVisible();
  const newest = log(page).getByRole('row').nth(1);
  await expect(newest).toContainText('Licenser ändrade');
  await expect(newest).toContainText('Bo Ask');
  await expect(newest).toContainText(first!.name);
  await page.screenshot({ path: `${SHOTS}/audit-log.png` });

  // Scrolling to the end again and again loads page after page; only the rows in sight are drawn.
  const scroller = page.getByTestId('audit-scroller');
  for (let i = 0; i < 6; i++) {
    const before = await lastRowIndex(page);
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => lastRowIndex(page)).toBeGreaterThan(before);
  }
  expect(await lastRowIndex(page)).toBeGreaterThan(500);
  expect(await log(page).locator('[role="rowgroup"] [role="row"]').count()).toBeLessThan(60);
  await page.screenshot({ path: `${SHOTS}/audit-log-scrolled.png` });
  await scroller.evaluate((el) => (el.scrollTop = 0));

  // By staff member: Bo Ask saved the bureau and changed the licences.
  await page.getByRole('combobox', { name: 'Personal' }).click();
  await page.getByRole('option', { name: 'Bo Ask' }).click();
  await expect(page.getByText(`${swedish(countOf('--staff', 'Bo Ask'))} händelser`)).toBeVisible();
  const toggle = log(page).getByRole('button', { name: /^Visa ändringar för Licenser ändrade/ });
  await toggle.click();
  const changes = log(page).getByRole('region');
  await expect(changes).toContainText('150');
  await expect(log(page).getByRole('button', { name: /^Dölj ändringar/ })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/audit-log-changes.png` });

  // The keyboard moves from entry to entry.
  await page.keyboard.press('ArrowDown');
  await expect(log(page).getByRole('button', { name: /^Visa ändringar för Byråns/ })).toBeFocused();

  // By customer, kind and day, then exported: the file holds exactly the rows the page counts.
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  await page.getByRole('combobox', { name: 'Kund' }).fill(first!.name);
  await page.getByRole('option', { name: new RegExp(first!.name) }).click();
  await page.getByRole('combobox', { name: 'Händelse' }).click();
  await page.getByRole('option', { name: 'Användare skapad' }).click();
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format();
  await page.getByRole('textbox', { name: 'Från och med' }).fill(today);
  const expected = countOf('--customer', first!.orgnr, '--kind', 'user:create', '--from', today);
  await expect(page.getByText(`${swedish(expected)} händelser`)).toBeVisible();
  await expect(log(page).getByRole('row').nth(1)).toContainText('Användare skapad');
  await page.screenshot({ path: `${SHOTS}/audit-log-filtered.png` });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: 'CSV för Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Händelselogg ${today}.csv`);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Tid;Personal;Händelse;Gäller;Kund;Ändringar');
  expect(lines).toHaveLength(expected + 1);
  expect(lines.slice(1).every((l) => l.includes(';Användare skapad;'))).toBe(true);
  expect(lines.join('\n')).not.toMatch(PERSONNUMMER);

  // By one of that customer's users: what happened to them alone.
  const [user] = JSON.parse(app.cli('users', 'list', '--customer', first!.orgnr, '--json')) as {
    id: string;
    firstName: string;
    lastName: string;
    employeeNumber: string;
  }[];
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  const userPicker = page.getByRole('combobox', { name: 'Användare' });
  await expect(userPicker).toBeDisabled();
  await page.getByRole('combobox', { name: 'Kund' }).fill(first!.name);
  await page.getByRole('option', { name: new RegExp(first!.name) }).click();
  await userPicker.fill(`${user!.firstName} ${user!.lastName} ${user!.employeeNumber}`);
  await page.getByRole('option').first().click();
  const aboutUser = countOf('--customer', first!.orgnr, '--user', user!.id);
  expect(aboutUser).toBeGreaterThan(0);
  await expect(
    page.getByText(`${swedish(aboutUser)} ${aboutUser === 1 ? 'händelse' : 'händelser'}`),
  ).toBeVisible();
  await expect(log(page).getByRole('row').nth(1)).toContainText(user!.lastName);
  await page.screenshot({ path: `${SHOTS}/audit-log-user.png` });
});

test('a filter that matches nothing says so, and a day that does not exist is marked', async ({
  page,
}) => {
  await page.goto(`${await app.start()}`);
  await page.getByRole('navigation').getByRole('link', { name: 'Händelselogg' }).click();
  // A new database already holds one entry: the example price list.
  await expect(page.getByText('1 händelse', { exact: true })).toBeVisible();
  const from = page.getByRole('textbox', { name: 'Från och med' });
  await from.fill('2026-02-30');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Skriv datumet som ÅÅÅÅ-MM-DD')).toBeVisible();
  await expect(page.getByText('1 händelse', { exact: true })).toBeVisible();
  await from.fill('');
  await page.getByRole('searchbox', { name: 'Sök på vem det gäller' }).fill('Ingen alls');
  await expect(page.getByText('Inga händelser passar filtren.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/audit-log-empty.png` });
});

test("a customer's page opens the audit log filtered to that customer", async ({ page }) => {
  app.setBureau();
  app.cli('customer', 'create', '--name', 'Åkesson Bygg & Måleri AB', '--orgnr', '5592440001');
  app.cli('customer', 'create', '--name', 'Ekströms Redovisning AB', '--orgnr', '5560160680');
  app.cli('licences', 'set', '--customer', '5592440001', '--count', '9');
  const expected = countOf('--customer', '5592440001');

  await page.goto(await app.start());
  await page.getByRole('link', { name: 'Åkesson Bygg & Måleri AB' }).click();
  await page.getByRole('link', { name: 'Hela historiken i händelseloggen' }).click();
  await expect(page.getByRole('heading', { name: 'Händelselogg', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Kund' })).toHaveValue(
    'Åkesson Bygg & Måleri AB (559244-0001)',
  );
  await expect(page.getByText(`${swedish(expected)} händelser`)).toBeVisible();
  await expect(log(page).getByText('Ekströms Redovisning AB')).toHaveCount(0);
  await expect(log(page).getByRole('row').nth(1)).toContainText('Licenser ändrade');
  await page.screenshot({ path: `${SHOTS}/audit-log-customer.png` });
});

test("a change reads the same in the log as in the customer's history", async ({ page }) => {
  app.cli('demo', '--customers', '1', '--users-per-customer', '3');
  const [customer] = JSON.parse(app.cli('customer', 'list', '--json')) as {
    name: string;
    orgnr: string;
  }[];
  const [user] = JSON.parse(app.cli('users', 'list', '--customer', customer!.orgnr, '--json')) as {
    firstName: string;
    lastName: string;
  }[];
  const { firstName, lastName } = user!;

  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  await portfolio.customerLink(customer!.name).click();
  await page.getByRole('button', { name: 'Användare', exact: true }).click();
  const users = new UsersPage(page);
  await users
    .row(firstName, lastName)
    .getByRole('button', { name: `Redigera ${firstName} ${lastName}` })
    .click();
  await users.field('Anställningsnummer').fill('1008');
  await users.saveButton().click();
  await expect(users.dialog()).toBeHidden();
  await expect(users.row(firstName, lastName)).toContainText('1008');
  await page
    .getByRole('navigation', { name: 'Du är här' })
    .getByRole('link', { name: customer!.name })
    .click();
  const history = page.getByRole('table', { name: 'Ändringshistorik' });
  const inHistory = history.getByRole('row').nth(1).getByRole('listitem').first();
  await expect(inHistory).toContainText('→ 1008');
  const line = (await inHistory.innerText()).trim();
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/customer-history-change.png`, fullPage: true });

  await page.getByRole('navigation').getByRole('link', { name: 'Händelselogg' }).click();
  await log(page)
    .getByRole('button', { name: /^Visa ändringar för Användare ändrad/ })
    .first()
    .click();
  const inLog = log(page).getByRole('region').getByRole('listitem').first();
  await expect(inLog).toHaveText(line);
  await page.screenshot({ path: `${SHOTS}/audit-log-change.png` });
});
