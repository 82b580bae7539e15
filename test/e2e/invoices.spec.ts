import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { ServedApp } from './host';
import { InvoicesPage } from './pages/invoices';

/*
 * The bureau checks last month's collective invoice. The months are counted from today, so the
 * history is written through the services with their clock set back (the CLI and the host can
 * only record today). The example price list is in force: licence 99,00 kr (list 129,00 kr),
 * Kvittotolkning 39,00 kr (list 49,00 kr) per customer.
 *
 * The month before (P), from the 10th: Åkesson 3 licences + Kvittotolkning, Berg 2 licences,
 * both on the collective invoice; Cederholm 5 licences, invoiced by Blikk directly.
 * Last month (M), on the 15th: Berg goes up to 4 licences and Dahl joins with 1.
 *
 * M by hand: Åkesson 3 × 99 + 39 = 336,00 (list 3 × 129 + 49 = 436,00); Berg 4 × 99 = 396,00
 * (list 516,00); Dahl 99,00 (list 129,00). Excl. VAT 831,00; VAT 25 % 207,75; incl. 1 038,75,
 * rounded +0,25 to 1 039,00. List 1 081,00, margin 250,00. 3 customers, 8 licences.
 * P: Åkesson 336,00 + Berg 2 × 99 = 198,00 → 534,00, so M is +297,00 (Berg +198, Dahl +99).
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const OPEN_CORE = new URL('../../electron/core/open.ts', import.meta.url).href;

/** This month in Stockholm, where the browser's clock is (playwright.config.ts). */
const thisMonth = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
})
  .format(new Date())
  .slice(0, 7);
function addMonths(month: string, offset: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + mon - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
const M = addMonths(thisMonth, -1);
const P = addMonths(thisMonth, -2);
const monthName = (month: string) =>
  new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric' }).format(
    new Date(`${month}-15T12:00:00`),
  );
const dayName = (day: string) =>
  new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(`${day}T12:00:00`),
  );

interface Step {
  /** The services' clock for the call. */
  at: string;
  channel: string;
  /** "@<orgnr>" anywhere in the input stands for the id of the customer created with it. */
  input: unknown;
}

/** Runs contract calls on the database with the clock set to each step's moment. */
const SEED_SCRIPT = `
const { openCore } = await import(process.env.OPEN_CORE);
const plan = JSON.parse(process.env.SEED_PLAN);
let now = plan.steps[0].at;
const core = await openCore({ dbFile: plan.db, mode: 'cli', now: () => new Date(now) });
const ids = {};
for (const step of plan.steps) {
  now = step.at;
  const text = JSON.stringify(step.input).replace(/"@([^"]+)"/g, (_, orgnr) => JSON.stringify(ids[orgnr]));
  const input = JSON.parse(text);
  const result = await core.dispatch(step.channel, input, { transport: 'test' });
  if (!result.ok) throw new Error(step.channel + ' refused: ' + result.error.code);
  if (step.channel === 'customers:create') ids[input.customer.orgnr] = result.value.id;
}
await core.close();
`;

function seed(db: string, steps: Step[]): void {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', SEED_SCRIPT],
    {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, OPEN_CORE, SEED_PLAN: JSON.stringify({ db, steps }) },
    },
  );
  if (r.status !== 0) throw new Error(`seeding failed: ${r.stderr}`);
}

const collective = { payer: 'bureau', method: 'collective' };
const customer = (name: string, orgnr: string, licences: number, invoicing = collective) => ({
  version: 'easy',
  licences,
  customer: { name, orgnr },
  contact: null,
  invoicing,
});

function bureauMonths(): Step[] {
  const early = `${P}-10T09:00:00Z`;
  const late = `${M}-15T09:00:00Z`;
  return [
    {
      at: early,
      channel: 'bureau:save',
      input: {
        name: 'Revisionsbyrån Ek & Ask AB',
        orgnr: '556016-0680',
        resellerAgreement: true,
        agreementNumber: 'ÅF-2031',
        agreementValidFrom: `${P}-01`,
        staffName: 'Anna Ek',
      },
    },
    {
      at: early,
      channel: 'customers:create',
      input: customer('Åkesson Bygg AB', '559244-0001', 3),
    },
    {
      at: early,
      channel: 'addons:add',
      input: { customerId: '@559244-0001', code: 'kvitto', from: `${P}-10` },
    },
    {
      at: early,
      channel: 'customers:create',
      input: customer('Berg Konsult AB', '559900-0014', 2),
    },
    {
      at: early,
      channel: 'customers:create',
      input: customer('Cederholm Måleri AB', '559900-0022', 5, {
        payer: 'customer',
        method: 'email',
      }),
    },
    {
      at: late,
      channel: 'licences:set',
      input: { customerId: '@559900-0014', count: 4, from: `${M}-15` },
    },
    { at: late, channel: 'customers:create', input: customer('Dahl Städ AB', '559900-0030', 1) },
  ];
}

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
  seed(app.db, bureauMonths());
});
test.afterEach(async () => {
  await app.dispose();
});

test('last month’s invoice adds up by hand, opens a customer’s lines, compares, charts and exports', async ({
  page,
}) => {
  const invoices = new InvoicesPage(page);
  await invoices.openFromMenu(await app.start());
  await expect(invoices.heading()).toHaveText(`Samlingsfaktura ${monthName(M)}`);
  await expect(page).toHaveURL(new RegExp(`#/invoices/${M}$`));
  await expect(page.getByText('Exempelpriser – lägg in byråns egna priser')).toBeVisible();
  await expect(page.getByText('Prislista från 1 jan. 2025')).toBeVisible();

  await expect(invoices.total('Att betala')).toHaveText('1 039,00 kr');
  await expect(invoices.totalHint('Att betala')).toHaveText('inkl. moms, öresavrundning +0,25 kr');
  await expect(invoices.total('Exkl. moms')).toHaveText('831,00 kr');
  await expect(invoices.total('Moms 25 %')).toHaveText('207,75 kr');
  await expect(invoices.totalHint('Moms 25 %')).toHaveText('inkl. moms 1 038,75 kr');
  await expect(invoices.total('Marginal vid vidarefakturering')).toHaveText('250,00 kr');
  await expect(invoices.totalHint('Marginal vid vidarefakturering')).toHaveText(
    'listpris 1 081,00 kr exkl. moms',
  );
  await expect(invoices.total('Kunder och licenser')).toHaveText('3 kunder');
  await expect(invoices.totalHint('Kunder och licenser')).toHaveText('8 licenser');

  await expect(invoices.cell('Åkesson Bygg AB', 'subtotalOre')).toHaveText('336,00 kr');
  await expect(invoices.cell('Åkesson Bygg AB', 'listSubtotalOre')).toHaveText('436,00 kr');
  await expect(invoices.cell('Åkesson Bygg AB', 'marginOre')).toHaveText('100,00 kr');
  await expect(invoices.cell('Berg Konsult AB', 'changes')).toHaveText('+2 licenser');
  await expect(invoices.cell('Dahl Städ AB', 'changes')).toHaveText('Ny kund');
  await expect(invoices.row('Cederholm Måleri AB')).toHaveCount(0);

  // The expand button says what it does and whether it is open.
  const expand = invoices.expandButton('Åkesson Bygg AB');
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await expand.click();
  await expect(expand).toHaveAttribute('aria-expanded', 'true');
  expect(await invoices.lineCells('Åkesson Bygg AB', 'Blikk Easy, licens')).toEqual([
    'Blikk Easy, licens',
    '3',
    '99,00',
    '297,00',
    '129,00',
    '387,00',
    '90,00',
  ]);
  expect(await invoices.lineCells('Åkesson Bygg AB', 'Kvittotolkning')).toEqual([
    'Kvittotolkning (per kund)',
    '1',
    '39,00',
    '39,00',
    '49,00',
    '49,00',
    '10,00',
  ]);
  await expect(invoices.lines('Åkesson Bygg AB')).toContainText('Summa336,00436,00100,00');
  await page.screenshot({ path: 'test-results/e2e/invoices-month.png', fullPage: true });

  // By keyboard: Enter on the customer's row opens its lines and its month's changes.
  await invoices.cell('Berg Konsult AB', 'licences').click();
  await expect(invoices.lines('Berg Konsult AB')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(invoices.lines('Berg Konsult AB')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(invoices.grid()).toContainText(`Licenser 2 → 4 från ${dayName(`${M}-15`)}`);

  // Search by org.nr, hyphen or not.
  await page.getByLabel('Sök kund').fill('5599000030');
  await expect(page.getByText('Visar 1 av 3')).toBeVisible();
  await expect(invoices.row('Dahl Städ AB')).toHaveCount(1);
  await expect(invoices.row('Åkesson Bygg AB')).toHaveCount(0);
  await page.getByLabel('Sök kund').fill('');
  // The search applies a moment after typing: wait for all rows, so nothing below still moves.
  await expect(invoices.row('Åkesson Bygg AB')).toHaveCount(1);

  // Invoiced by Blikk itself: listed apart, folded away, not in the totals.
  const direct = page.getByRole('button', { name: /Faktureras direkt av Blikk/ });
  await expect(direct).toContainText('1 kund');
  await direct.click();
  await expect(
    page.getByRole('grid', { name: 'Kunder som faktureras direkt av Blikk' }),
  ).toContainText('Cederholm Måleri AB');

  await invoices.openTab('Jämfört med föregående månad');
  await expect(page).toHaveURL(/tab=compare/);
  await expect(page.getByText(`Föregående månad (${monthName(P)})`)).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '534,00 kr' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '+297,00 kr' })).toBeVisible();
  const changed = invoices.comparisonGrid();
  const bergRow = changed.getByRole('row').filter({ hasText: 'Berg Konsult AB' });
  await expect(bergRow).toContainText('2 → 4');
  await expect(bergRow).toContainText('+198,00 kr');
  await expect(bergRow).toContainText(`Licenser 2 → 4 från ${dayName(`${M}-15`)}`);
  const dahlRow = changed.getByRole('row').filter({ hasText: 'Dahl Städ AB' });
  await expect(dahlRow).toContainText('+99,00 kr');
  await expect(dahlRow).toContainText(`Ny kund, licenser från ${dayName(`${M}-15`)}`);
  await expect(page.getByText('1 kund oförändrad')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/invoices-compare.png', fullPage: true });

  await invoices.openTab('12 månader');
  await expect(page.getByRole('img', { name: /^Stapeldiagram: licenser per månad/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Linjediagram: belopp exkl\. moms/ })).toBeVisible();
  const trend = invoices.trendTable();
  // From the first month with customers (P) on: the months before are no "0,00 kr, Öppen".
  await expect(trend.getByRole('row')).toHaveCount(3);
  await expect(trend.getByRole('cell', { name: '0,00 kr', exact: true })).toHaveCount(0);
  expect(await invoices.trendCells(monthName(M))).toEqual([
    monthName(M),
    '3',
    '8',
    '831,00 kr',
    '1 081,00 kr',
    '250,00 kr',
    'Öppen',
  ]);
  await expect(trend.getByRole('row').filter({ hasText: monthName(P) })).toContainText('534,00 kr');
  await page.screenshot({ path: 'test-results/e2e/invoices-trend.png', fullPage: true });

  const json = await invoices.exportAs('JSON');
  expect(json.suggestedFilename()).toBe(`Samlingsfaktura-${M}.json`);
  const document = JSON.parse(await readFile(await json.path(), 'utf8')) as Record<string, unknown>;
  expect(document).toMatchObject({ month: M, totalExclVat: 831, vat: 207.75, payable: 1039 });
  await expect(invoices.snackbar()).toContainText(`Samlingsfaktura-${M}.json är sparad`);

  const xlsx = await invoices.exportAs('Excel (.xlsx)');
  expect(xlsx.suggestedFilename()).toBe(`Samlingsfaktura-${M}.xlsx`);
  const workbook = await readFile(await xlsx.path());
  expect(workbook.length).toBeGreaterThan(0);
  expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a month that has ended is closed after asking, says by whom, and opens again', async ({
  page,
}) => {
  const invoices = new InvoicesPage(page);
  await invoices.openFromMenu(await app.start());
  await expect(invoices.heading()).toHaveText(`Samlingsfaktura ${monthName(M)}`);

  await page.getByRole('button', { name: 'Föregående månad' }).click();
  await expect(invoices.heading()).toHaveText(`Samlingsfaktura ${monthName(P)}`);
  await expect(page).toHaveURL(new RegExp(`#/invoices/${P}$`));
  await expect(invoices.total('Exkl. moms')).toHaveText('534,00 kr');
  await expect(page.getByText('Öppen', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Stäng månaden' }).click();
  const ask = page.getByRole('alertdialog', { name: `Stänga ${monthName(P)}?` });
  await expect(ask).toContainText('fryses');
  await expect(ask).toContainText('nekas tills den öppnas igen');
  // The example list prices this month: closing would freeze prices that are not the bureau's.
  await expect(ask.getByRole('alert')).toContainText(
    `${monthName(P)} är prissatt med exempelprislistan, inte byråns egna priser.`,
  );
  await expect(ask.getByRole('alert')).toContainText('Lägg in byråns riktiga priser först');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/e2e/invoices-close-example.png' });
  await ask.getByRole('button', { name: 'Stäng månaden' }).click();
  await expect(invoices.snackbar()).toContainText(`${monthName(P)} är stängd`);
  await expect(page.getByText(/^Stängd .+ av Anna Ek$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stäng månaden' })).toHaveCount(0);

  // The month being shown now is frozen; this month has not ended and cannot be closed.
  await page.getByRole('button', { name: 'Nästa månad' }).click();
  await page.getByRole('button', { name: 'Nästa månad' }).click();
  await expect(invoices.heading()).toHaveText(`Samlingsfaktura ${monthName(thisMonth)}`);
  await expect(page.getByRole('button', { name: 'Stäng månaden' })).toBeDisabled();
  await invoices.openTab('12 månader');
  await expect(
    invoices
      .trendTable()
      .getByRole('row')
      .filter({ hasText: monthName(P) }),
  ).toContainText('Stängd');

  // Back by the month picker, which opens on the shown month's year.
  await page.getByRole('button', { name: /^Månad: / }).click();
  const picker = page.getByRole('dialog', { name: 'Välj månad' });
  if (P.slice(0, 4) !== thisMonth.slice(0, 4)) {
    await picker.getByRole('button', { name: 'Föregående år' }).click();
  }
  await picker.getByRole('button', { name: monthName(P) }).click();
  await expect(invoices.heading()).toHaveText(`Samlingsfaktura ${monthName(P)}`);
  await invoices.openTab('Månaden');
  await page.getByRole('button', { name: 'Öppna månaden igen' }).click();
  await page
    .getByRole('alertdialog', { name: `Öppna ${monthName(P)} igen?` })
    .getByRole('button', { name: 'Öppna igen' })
    .click();
  await expect(invoices.snackbar()).toContainText(`${monthName(P)} är öppen igen`);
  await expect(page.getByText('Öppen', { exact: true })).toBeVisible();
});

test('a month before any price list says where prices are added', async ({ page }) => {
  const url = await app.start();
  await page.goto(`${url}#/invoices/2024-12`);
  await expect(new InvoicesPage(page).heading()).toHaveText('Samlingsfaktura december 2024');
  await expect(
    page.getByRole('heading', { name: 'Ingen prislista för december 2024' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Till prislistorna' }).click();
  await expect(page).toHaveURL(/#\/bureau\/prices$/);
});
