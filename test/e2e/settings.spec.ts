import { expect, test, type Page } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';
import { PROFILES, SECTIONS, SettingsPage } from './pages/settings';

const CUSTOMER = 'Åkesson Bygg & Måleri AB';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

/** The checklist's step the customer stands at (the one marked as the current step). */
function currentStep(page: Page) {
  return page.getByRole('list', { name: 'Onboarding i fem steg' }).locator('[aria-current="step"]');
}

async function openCustomer(page: Page, name: string) {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  await portfolio.customerLink(name).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('the five time settings reviewed in order, then the profiles, move the customer on to step 3', async ({
  page,
}) => {
  app.setBureau();
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001');
  await openCustomer(page, CUSTOMER);
  await expect(currentStep(page)).toContainText('2. Tidsinställningar och profiler');
  await expect(
    currentStep(page).getByRole('link', { name: 'Arbetstid är inte granskad' }),
  ).toBeVisible();

  const settings = new SettingsPage(page);
  await settings.openFromCustomer();
  await expect(settings.section(SECTIONS[0])).toBeVisible();
  // The defaults are filled in: a typical Easy customer accepts them as they are.
  await expect(settings.hoursField('Måndag')).toHaveValue('8');
  await expect(page.getByText('Totalt 40 timmar per vecka')).toBeVisible();
  await expect(page.getByRole('row', { name: /Midsommarafton/ })).toContainText('fre 19 juni');
  await page.screenshot({ path: 'test-results/e2e/settings-work-time.png', fullPage: true });

  // Each review moves on to the next section, in Blikk's order.
  for (const [index, name] of SECTIONS.entries()) {
    await expect(settings.section(name)).toBeVisible();
    await expect(settings.partLink(name)).toContainText('Ej granskad');
    await settings.saveAndReview();
    await expect(settings.section(SECTIONS[index + 1] ?? PROFILES)).toBeVisible();
    await expect(settings.partLink(name)).toContainText(/Granskad \d+ \S+ \d{4} av Anna Ek/);
  }
  await expect(settings.outOfOrderWarning()).toHaveCount(0);

  await settings.addProfile('Timanställda', { clockTimesRequired: true });
  await expect(settings.profileRow('Timanställda')).toContainText('Klockslag');
  await expect(settings.profileRow('Grundprofil')).toContainText('Standard');
  await expect(
    settings.profileRow('Grundprofil').getByRole('button', { name: 'Ta bort Grundprofil' }),
  ).toBeDisabled();
  await settings.reviewProfiles();
  await expect(
    page.getByText('Alla tidsinställningar och rapporteringsprofilerna är granskade'),
  ).toBeVisible();
  await expect(settings.partLink(PROFILES)).toContainText('Granskade');
  await page.screenshot({
    path: 'test-results/e2e/settings-profiles-reviewed.png',
    fullPage: true,
  });

  await page.getByRole('link', { name: 'Till kundsidan' }).click();
  await expect(page.getByRole('heading', { name: CUSTOMER, level: 1 })).toBeVisible();
  await expect(currentStep(page)).toContainText('3. Användare tillagda och kompletta');
  await page.screenshot({ path: 'test-results/e2e/settings-checklist-step-3.png', fullPage: true });

  // In the portfolio the customer has left step 2 for step 3.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Kunder' })
    .click();
  const portfolio = new PortfolioPage(page);
  await page.getByRole('button', { name: /^Steg 2:/ }).click();
  await expect(page.getByText('Ingen kund står på det här steget.')).toBeVisible();
  await page.getByRole('button', { name: /^Steg 3:/ }).click();
  await expect(portfolio.customerLink(CUSTOMER)).toBeVisible();
  await expect(page).toHaveURL(/step=3/);
  await page.screenshot({ path: 'test-results/e2e/settings-portfolio-step-3.png' });
});

test('reviewing section 3 before section 2 is allowed, with a warning naming section 2', async ({
  page,
}) => {
  app.cli('customer', 'create', '--name', 'Björkhagens Plåtslageri AB', '--orgnr', '5592440001');
  await openCustomer(page, 'Björkhagens Plåtslageri AB');
  const settings = new SettingsPage(page);
  await settings.openFromCustomer();
  await settings.saveAndReview();
  await expect(settings.section(SECTIONS[1])).toBeVisible();

  await settings.open(SECTIONS[2]);
  await settings.saveAndReview();
  await expect(settings.outOfOrderWarning()).toContainText(
    'Avsnitt 2 Tidkoder och frånvaro är inte granskat än. Blikk rekommenderar att tidsinställningarna görs i ordning.',
  );
  // Blikk recommends the order; it does not demand it: section 3 is reviewed all the same.
  await expect(settings.partLink(SECTIONS[2])).toContainText('Granskad');
  await expect(settings.section(SECTIONS[2])).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/settings-out-of-order.png' });

  await settings
    .outOfOrderWarning()
    .getByRole('link', { name: 'Öppna 2 Tidkoder och frånvaro' })
    .click();
  await expect(settings.section(SECTIONS[1])).toBeVisible();
});

test('hours typed with a decimal comma are eight and a half, saved and shown the Swedish way', async ({
  page,
}) => {
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001');
  await openCustomer(page, CUSTOMER);
  const settings = new SettingsPage(page);
  await settings.openFromCustomer();
  await settings.typeHours('Måndag', '8,5');
  await expect(page.getByText('Totalt 40,5 timmar per vecka')).toBeVisible();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Avsnitt 1 Arbetstid är sparat')).toBeVisible();

  await page.reload();
  await expect(settings.hoursField('Måndag')).toHaveValue('8,5');
  await expect(page.getByText('Totalt 40,5 timmar per vecka')).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/e2e/settings-decimal-hours.png' });
});

test('leaving a section with unsaved changes asks first; staying keeps them', async ({ page }) => {
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001');
  await openCustomer(page, CUSTOMER);
  const settings = new SettingsPage(page);
  await settings.openFromCustomer();
  await settings.typeHours('Måndag', '7');

  // Another section: asked, and Cancel stays with the change.
  await settings.partLink(SECTIONS[1]).click();
  const ask = page.getByRole('alertdialog', { name: 'Lämna utan att spara?' });
  await expect(ask).toContainText('1 Arbetstid har ändringar som inte är sparade');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/e2e/settings-unsaved-leave.png' });
  await ask.getByRole('button', { name: 'Avbryt' }).click();
  await expect(settings.section(SECTIONS[0])).toBeVisible();
  await expect(settings.hoursField('Måndag')).toHaveValue('7');

  // Another page: asked too; leaving drops the change.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Kunder' })
    .click();
  await ask.getByRole('button', { name: 'Lämna utan att spara' }).click();
  await expect(page.getByRole('heading', { name: 'Kunder', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(settings.hoursField('Måndag')).toHaveValue('8');

  // Closing the window with a change: the browser asks (beforeunload).
  await settings.typeHours('Måndag', '6');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});

test('the settings page shows no developer strings, and the English menu names every page whole', async ({
  page,
}) => {
  await new PortfolioPage(page).open(await app.start());
  await page.setViewportSize({ width: 1440, height: 900 });
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Inställningar' })
    .click();
  await expect(page.getByRole('main')).toContainText(/Databasversion\s*\d{1,2} \S+ \d{4}/);
  await expect(page.getByRole('main')).not.toContainText(/[A-Za-z]+\d{10,}/);
  await page.screenshot({ path: 'test-results/e2e/settings-page.png' });

  await page.getByRole('radio', { name: 'English' }).check();
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  const label = menu.getByText('Collective invoice', { exact: true });
  await expect(label).toBeVisible();
  // Not cut off with an ellipsis: the text fits the box it is drawn in.
  expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await page.screenshot({ path: 'test-results/e2e/settings-page-en.png' });
});
