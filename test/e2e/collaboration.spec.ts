import { expect, test } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';
import { WizardPage } from './pages/wizard';

const AKESSON = {
  name: 'Åkesson Bygg & Måleri AB',
  orgnr: '559244-0001',
  invoiceEmail: 'faktura@akesson-bygg.example',
  contactName: 'Örjan Åkesson',
  contactEmail: 'orjan@akesson-bygg.example',
  personnummer: '18900101-9802',
};

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

test('a customer created in the wizard is found by search, and still there after a restart', async ({
  page,
}) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  await expect(page.getByRole('heading', { name: 'Inga samarbeten ännu' })).toBeVisible();

  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.chooseEasyAndLicences(12);
  await wizard.fillCustomer(AKESSON);
  await wizard.next().click();
  await expect(page.getByRole('heading', { name: 'Fakturering', level: 2 })).toBeVisible();
  await page.getByRole('radio', { name: 'Kunden', exact: true }).check();
  await page.getByRole('radio', { name: 'E-post (PDF)' }).check();
  await wizard.next().click();
  await expect(page.getByRole('heading', { name: 'Sammanfattning', level: 2 })).toBeVisible();
  await expect(page.getByText('559244-0001')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/wizard-summary.png' });
  await wizard.create();

  await expect(page.getByRole('heading', { name: AKESSON.name, level: 1 })).toBeVisible();
  await expect(page.getByText('18900101-****')).toBeVisible();
  await expect(page.getByText('18900101-9802')).toHaveCount(0);

  await portfolio.open(await app.restart());
  await portfolio.search('559244');
  await expect(portfolio.customerLink(AKESSON.name)).toBeVisible();
  await portfolio.search('åkesson');
  await expect(portfolio.customerLink(AKESSON.name)).toBeVisible();
  await portfolio.search('Finns inte AB');
  await expect(page.getByText('Ingen kund matchar sökningen.')).toBeVisible();
});

test('samlingsfaktura is disabled without a reseller agreement and offered with one', async ({
  page,
}) => {
  app.setBureau('--reseller-agreement', 'none');
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.chooseEasyAndLicences(3);
  await wizard.fillCustomer(AKESSON);
  await wizard.next().click();
  await expect(wizard.collectiveInvoice()).toBeDisabled();
  await expect(page.getByText('Kräver ett återförsäljaravtal i byråprofilen')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/invoicing-without-agreement.png' });

  // The bureau signs a reseller agreement: the profile page is one click away.
  await page.getByRole('link', { name: 'Gå till byråprofilen' }).click();
  await page.getByRole('switch', { name: 'Vi har ett återförsäljaravtal med Blikk' }).check();
  await page.getByRole('textbox', { name: 'Avtalsnummer' }).fill('ÅF-2031');
  await page.getByRole('textbox', { name: 'Ditt namn – visas i ändringsloggen' }).fill('Anna Ek');
  await page.getByRole('button', { name: 'Spara byråprofilen' }).click();
  await expect(page.getByText('Byråprofilen är sparad')).toBeVisible();

  // The abandoned wizard kept its draft: it reopens at the invoicing step, details filled in.
  await wizard.open();
  await expect(page.getByRole('heading', { name: 'Fakturering', level: 2 })).toBeVisible();
  // The draft left out the contact's personnummer (personal data): the banner and the field say so.
  await expect(wizard.draftBanner()).toContainText(
    'Kontaktpersonens personnummer sparas inte i utkast',
  );
  await wizard.back().click();
  await expect(wizard.personnummer()).toHaveValue('');
  await expect(wizard.personnummer()).toHaveAccessibleDescription(
    /Personnumret sparades inte i utkastet/,
  );
  await page.screenshot({ path: 'test-results/e2e/wizard-draft-personnummer.png' });
  await wizard.personnummer().fill(AKESSON.personnummer);
  await expect(wizard.personnummer()).not.toHaveAccessibleDescription(/sparades inte/);
  await wizard.next().click();
  await expect(wizard.collectiveInvoice()).toBeEnabled();
  await wizard.collectiveInvoice().check();
  await wizard.next().click();
  await expect(page.getByText(AKESSON.name).first()).toBeVisible();
  await wizard.create();
  await expect(page.getByText(/samlingsfaktura/i).first()).toBeVisible();
});

test('a duplicate organisation number is refused and links to the existing customer', async ({
  page,
}) => {
  app.cli('customer', 'create', '--name', 'Befintliga Kunden AB', '--orgnr', '5592440001');
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.chooseEasyAndLicences(2);
  await wizard.fillCustomer({ ...AKESSON, orgnr: '16 559244 0001'.replaceAll(' ', '') });
  await expect(page.getByText('Kunden finns redan:')).toBeVisible();
  await expect(wizard.next()).toBeDisabled();
  await page.screenshot({ path: 'test-results/e2e/duplicate-orgnr.png' });
  await page.getByRole('link', { name: 'Befintliga Kunden AB' }).click();
  await expect(page.getByRole('heading', { name: 'Befintliga Kunden AB', level: 1 })).toBeVisible();
});
