import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';
import { AddonsPanel, PricesPage } from './pages/prices';

const CUSTOMER = 'Åkesson Bygg AB';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
  app.cli(
    'bureau',
    'set',
    '--name',
    'Ek & Ask Redovisning AB',
    '--orgnr',
    '556016-0680',
    '--reseller-agreement',
    'ÅF-1',
    '--staff-name',
    'Anna Ek',
  );
});
test.afterEach(async () => {
  await app.dispose();
});

/** A price-list file in the documented format (DESIGN.md section 6), written beside the database. */
function priceFile(name: string, content: unknown): string {
  const file = join(app.dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

async function openCustomer(page: Page, name: string) {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  await portfolio.customerLink(name).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('the example list warns until the bureau enters its own prices, typed or imported', async ({
  page,
}) => {
  await new PortfolioPage(page).open(await app.start());
  const prices = new PricesPage(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Byråprofil' }).click();
  await expect(prices.priceCard()).toContainText('Exempelpriser – inte Blikks priser.');
  await prices.openFromBureau();

  const example = prices.version('Från 1 jan. 2025');
  await expect(example).toContainText('Gäller nu');
  await expect(example.getByRole('alert')).toContainText(
    'Exempelpriser – inte Blikks priser.Ersätt med byråns egen prislista.',
  );
  await expect(prices.priceRow('Från 1 jan. 2025', 'Licens Blikk Easy')).toContainText(
    /129,00\s+kr/,
  );
  // The only version cannot go: there would be nothing to price the months with.
  await expect(
    example.getByRole('button', { name: 'Ta bort prisversionen från 1 jan. 2025' }),
  ).toBeDisabled();
  await page.screenshot({ path: 'test-results/e2e/prices-example.png', fullPage: true });

  // A new version, prefilled from the example, with Swedish prices checked as they are typed.
  await prices.startNewVersion();
  const dialog = prices.newVersionDialog();
  await dialog.getByRole('textbox', { name: 'Gäller från' }).fill('2030-01-01');
  await expect(dialog.getByText('Första månaden med de här priserna: januari 2030.')).toBeVisible();
  await prices.licenceField('Listpris').fill('135,005');
  await expect(dialog.getByText('Högst två decimaler')).toBeVisible();
  await prices.licenceField('Listpris').fill('135,00');
  await prices.licenceField('ÅF-pris').fill('140,00');
  // A reseller price above the list price cannot be saved: the bureau would sell at a loss.
  await expect(dialog.getByText('Högre än listpriset: byrån säljer med förlust')).toBeVisible();
  await expect(prices.licenceField('ÅF-pris')).toHaveAttribute('aria-invalid', 'true');
  await prices.licenceField('ÅF-pris').fill('135,00');
  await expect(dialog.getByText('Samma som listpriset: ingen marginal')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/prices-new-version-warning.png' });
  await prices.licenceField('ÅF-pris').fill('1 02,50');
  await dialog.getByRole('button', { name: 'Lägg till tilläggstjänst' }).click();
  await dialog.getByRole('textbox', { name: 'Kod, rad 5' }).fill('KVITTO');
  await expect(dialog.getByText('Koden finns redan')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Ta bort KVITTO', exact: true }).click();
  await page.screenshot({ path: 'test-results/e2e/prices-new-version.png' });
  await dialog.getByRole('button', { name: 'Spara prisversionen' }).click();
  await expect(dialog).toBeHidden();
  await expect(prices.snackbar()).toContainText('Prisversionen från 1 jan. 2030 är sparad');
  await expect(prices.priceRow('Från 1 jan. 2030', 'Licens Blikk Easy')).toContainText(
    /135,00\s+kr\s*102,50\s+kr\s*32,50\s+kr/,
  );
  await expect(prices.version('Från 1 jan. 2030')).toContainText('Inlagd');
  await expect(prices.version('Från 1 jan. 2030')).toContainText('av Anna Ek');

  // A file that is not right says what is wrong where, and changes nothing.
  await prices.importFile(
    priceFile('fel.json', {
      effectiveFrom: '2031-01-01',
      licence: { list: 139 },
      addons: [{ code: 'kvitto', name: 'Kvittotolkning', unit: 'month', list: 52, reseller: 41 }],
    }),
  );
  const failure = page.getByRole('alert').filter({ hasText: 'fel.json kunde inte importeras' });
  await expect(failure).toContainText('Licensens ÅF-pris (licence.reseller) saknas');
  await expect(failure).toContainText(
    'Tilläggstjänst 1 (kvitto), enhet (addons[0].unit) ska vara customer, user eller item',
  );
  await page.screenshot({ path: 'test-results/e2e/prices-import-errors.png' });

  // The services' rules place their refusal in the file too.
  await prices.importFile(
    priceFile('forlust.json', {
      effectiveFrom: '2031-01-01',
      currency: 'SEK',
      licence: { list: 139.0, reseller: 105.0 },
      addons: [
        { code: 'kvitto', name: 'Kvittotolkning', unit: 'customer', list: 52, reseller: 60 },
      ],
    }),
  );
  const loss = page.getByRole('alert').filter({ hasText: 'forlust.json kunde inte importeras' });
  await expect(loss).toContainText(
    'Tilläggstjänst 1 (kvitto), ÅF-pris (addons[0].reseller) är högre än listpriset',
  );
  await page.screenshot({ path: 'test-results/e2e/prices-import-loss.png' });

  await prices.importFile(
    priceFile('byrans-priser-2031.json', {
      effectiveFrom: '2031-01-01',
      currency: 'SEK',
      licence: { list: 139.0, reseller: 105.0 },
      addons: [
        { code: 'kvitto', name: 'Kvittotolkning', unit: 'customer', list: 52, reseller: 41 },
      ],
      note: 'Byråns prislista 2031',
    }),
  );
  await expect(failure).toHaveCount(0);
  await expect(prices.snackbar()).toContainText('Prislistan från 1 jan. 2031 är importerad');
  const warned = page
    .getByRole('alert')
    .filter({ hasText: 'byrans-priser-2031.json är importerad' });
  await expect(warned).toContainText('Gäller från (effectiveFrom) ligger mer än ett år från i dag');
  await page.screenshot({ path: 'test-results/e2e/prices-import-warnings.png' });
  await expect(prices.priceRow('Från 1 jan. 2031', 'Kvittotolkning')).toContainText(
    /52,00\s+kr\s*41,00\s+kr/,
  );
  await expect(prices.versions()).toHaveText([
    /^Från 1 jan. 2031/,
    /^Från 1 jan. 2030/,
    /^Från 1 jan. 2025/,
  ]);
  await page.screenshot({ path: 'test-results/e2e/prices-versions.png', fullPage: true });

  // Deleting asks first.
  await prices
    .version('Från 1 jan. 2031')
    .getByRole('button', { name: 'Ta bort prisversionen från 1 jan. 2031' })
    .click();
  await page
    .getByRole('alertdialog', { name: 'Ta bort prisversionen?' })
    .getByRole('button', { name: 'Ta bort' })
    .click();
  await expect(prices.version('Från 1 jan. 2031')).toHaveCount(0);
  await expect(prices.versions()).toHaveCount(2);
});

test('a version that prices a closed month is locked, and a new one may not reprice it', async ({
  page,
}) => {
  app.cli('invoices', 'close', '--month', '2025-03');
  await new PortfolioPage(page).open(await app.start());
  const prices = new PricesPage(page);
  await prices.openFromBureau();
  const example = prices.version('Från 1 jan. 2025');
  await expect(example).toContainText('Låst');
  await expect(example).toContainText('versionen prissätter en stängd månad');

  await prices.startNewVersion();
  const dialog = prices.newVersionDialog();
  await dialog.getByRole('textbox', { name: 'Gäller från' }).fill('2025-02-01');
  await dialog.getByRole('button', { name: 'Spara prisversionen' }).click();
  await expect(dialog).toContainText('Mars 2025 är stängd. Öppna månaden först');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(prices.versions()).toHaveCount(1);
});

test('an add-on service is activated for a customer, shows in the history, and is ended', async ({
  page,
}) => {
  app.cli(
    'customer',
    'create',
    '--name',
    CUSTOMER,
    '--orgnr',
    '5599000014',
    '--licences',
    '5',
    '--payer',
    'bureau',
    '--method',
    'collective',
  );
  await openCustomer(page, CUSTOMER);
  const addons = new AddonsPanel(page);
  await expect(addons.panel()).toContainText('Kunden har inga tilläggstjänster.');
  await expect(addons.panel()).not.toContainText('Kunden är inte på samlingsfaktura');

  await addons.add('Kvittotolkning', '2025-02-01');
  await expect(addons.addDialog()).toContainText(
    /Listpris 49,00\s+kr, ÅF-pris 39,00\s+kr \(per kund, per månad\)/,
  );
  await page.screenshot({ path: 'test-results/e2e/addons-add.png' });
  await addons.addDialog().getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(addons.addDialog()).toBeHidden();
  await expect(addons.row('Kvittotolkning')).toContainText('från 1 feb. 2025');
  await expect(addons.row('Kvittotolkning')).toContainText('Aktiv');
  await expect(addons.history()).toContainText(
    'Aktiverade tilläggstjänsten kvitto från 1 feb. 2025',
  );

  await addons.end('Kvittotolkning', '2025-06-30');
  await expect(addons.row('Kvittotolkning')).toContainText('1 feb. 2025 – 30 juni 2025');
  await expect(addons.row('Kvittotolkning')).toContainText('Avslutad');
  await expect(addons.history()).toContainText(
    'Ändrade tilläggstjänsten kvitto: sista dag 30 juni 2025',
  );
  await page.screenshot({ path: 'test-results/e2e/addons-ended.png', fullPage: true });

  // Per item: the quantity is asked for, and shown.
  await addons.add('Utbildningstimme', '2025-03-01');
  await addons.addDialog().getByRole('textbox', { name: 'Antal' }).fill('3');
  await addons.addDialog().getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(
    addons.row('Utbildningstimme').getByRole('cell', { name: '3', exact: true }),
  ).toBeVisible();

  await addons
    .row('Utbildningstimme')
    .getByRole('button', { name: 'Ta bort Utbildningstimme' })
    .click();
  await page
    .getByRole('alertdialog', { name: 'Ta bort Utbildningstimme?' })
    .getByRole('button', { name: 'Ta bort' })
    .click();
  await expect(addons.row('Utbildningstimme')).toHaveCount(0);
  await expect(addons.history()).toContainText('Tog bort tilläggstjänsten utbildning');
});

test('a customer invoiced by Blikk directly may have add-ons, and is told who invoices them', async ({
  page,
}) => {
  app.cli(
    'customer',
    'create',
    '--name',
    CUSTOMER,
    '--orgnr',
    '5599000014',
    '--payer',
    'customer',
    '--method',
    'email',
    '--invoice-email',
    'faktura@akesson.example',
  );
  await openCustomer(page, CUSTOMER);
  const addons = new AddonsPanel(page);
  await expect(addons.panel()).toContainText(
    'Kunden är inte på samlingsfaktura. Tilläggstjänster som aktiveras här faktureras då av Blikk direkt till kunden',
  );
  await addons.add('Personalliggare', '2025-01-01');
  await addons.addDialog().getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(addons.row('Personalliggare')).toContainText('Varje licens');
});

test('removing the reseller agreement says how many customers it affects, and flags them until moved', async ({
  page,
}) => {
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001');
  app.cli(
    'customer',
    'create',
    '--name',
    'Berg Konsult AB',
    '--orgnr',
    '5599000014',
    '--payer',
    'customer',
    '--method',
    'email',
    '--invoice-email',
    'faktura@berg.example',
  );
  await new PortfolioPage(page).open(await app.start());
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('navigation').getByRole('link', { name: 'Byråprofil' }).click();
  await page.getByRole('switch', { name: 'Vi har ett återförsäljaravtal med Blikk' }).uncheck();
  await page.getByRole('button', { name: 'Spara byråprofilen' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Ta bort återförsäljaravtalet?' });
  await expect(ask).toContainText('1 kund har samlingsfaktura');
  await page.screenshot({ path: 'test-results/e2e/bureau-remove-agreement.png' });
  await ask.getByRole('button', { name: 'Ta bort avtalet' }).click();
  await expect(page.getByText('Byråprofilen är sparad')).toBeVisible();

  const flag = page
    .getByRole('alert')
    .filter({ hasText: '1 kund har samlingsfaktura men byrån har inget återförsäljaravtal' });
  await page.getByRole('navigation').getByRole('link', { name: 'Kunder' }).click();
  await expect(flag).toBeVisible();
  await flag.getByRole('button', { name: 'Visa bara dessa' }).click();
  const portfolio = new PortfolioPage(page);
  await expect(portfolio.rows()).toHaveCount(1);
  await expect(portfolio.rows().first()).toContainText('Avtal saknas');
  // One date format per kind: "7 dec. 2026 14:05" here as on the customer page, not ISO.
  await expect(portfolio.rows().first()).toContainText(/\d{1,2} \S+ \d{4} \d{2}:\d{2}/);
  await expect(portfolio.rows().first()).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await page.screenshot({ path: 'test-results/e2e/portfolio-agreement-missing.png' });

  await page.getByRole('navigation').getByRole('link', { name: 'Samlingsfaktura' }).click();
  await expect(flag).toBeVisible();
  await expect(page.getByText('Prislista från 1 jan. 2025', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/invoices-agreement-missing.png' });

  await page.getByRole('navigation').getByRole('link', { name: 'Kunder' }).click();
  await portfolio.customerLink(CUSTOMER).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Byrån har inget återförsäljaravtal' }),
  ).toContainText('Flytta kunden till ett annat fakturasätt');
  await page.screenshot({ path: 'test-results/e2e/customer-agreement-missing.png' });
});

test('a licence change back-dated into ended months names the months it reprices', async ({
  page,
}) => {
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001');
  await openCustomer(page, CUSTOMER);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Användare', exact: true }).click();
  await page.getByRole('button', { name: 'Ändra antal licenser…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra antal licenser' });
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  // Two months back: that month and last month have ended, and both are computed again.
  const now = new Date();
  const back = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 2, 15, 12));
  const last = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 1, 15, 12));
  const name = (d: Date) =>
    new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  await dialog.getByRole('textbox', { name: 'Gäller från' }).fill(back.toISOString().slice(0, 10));
  await expect(dialog.getByRole('alert')).toContainText(
    `samlingsfakturan för ${name(back)} – ${name(last)} räknas om`,
  );
  await page.screenshot({ path: 'test-results/e2e/licences-backdated.png' });
});

test('the trend of a bureau without customers draws empty charts with whole ticks', async ({
  page,
}) => {
  const url = await app.start();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${url}#/invoices`);
  await page.getByRole('tab', { name: '12 månader' }).click();
  const amounts = page.getByRole('img', { name: /^Linjediagram: belopp exkl\. moms/ });
  await expect(amounts).toBeVisible();
  await expect(amounts).toContainText('0 kr');
  // No tick of a zero-height axis such as "0.000000" or "0,000001 kr".
  await expect(amounts).not.toContainText(/\d[.,]\d{3,}/);
  // Whole kronor apart: no axis that says "0 kr" three times.
  const ticks = await amounts
    .locator('.MuiChartsAxis-left .MuiChartsAxis-tickLabel')
    .allTextContents();
  expect(ticks.length).toBeGreaterThan(1);
  expect(new Set(ticks).size).toBe(ticks.length);
  await expect(page.getByRole('img', { name: /^Stapeldiagram: licenser/ })).not.toContainText(
    /\d[.,]\d{3,}/,
  );
  await page.screenshot({ path: 'test-results/e2e/invoices-trend-empty.png' });
});
