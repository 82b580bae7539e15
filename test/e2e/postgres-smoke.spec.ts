// The main flow on a team database (issue 16): `kundstart serve` on PostgreSQL instead of a
// SQLite file, a bureau onboarding one customer from the wizard to the collective invoice.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { ServedApp } from './host';
import { ImportPage } from './pages/import';
import { InvoicesPage } from './pages/invoices';
import { PortfolioPage } from './pages/portfolio';
import { PROFILES, SECTIONS, SettingsPage } from './pages/settings';
import { UsersPage } from './pages/users';
import { WizardPage } from './pages/wizard';
import { POSTGRES_MISSING, TeamServer } from './postgres';

const AKESSON = {
  name: 'Åkesson Bygg & Måleri AB',
  orgnr: '559244-0001',
  invoiceEmail: 'faktura@akesson-bygg.example',
  contactName: 'Örjan Åkesson',
  contactEmail: 'orjan@akesson-bygg.example',
};

/** Two more staff, in Swedish Excel's CSV: Windows-1252, ';', CRLF. Märta approves both. */
const EXCEL_CSV = [
  'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet;Attestansvarig',
  'Åsa;Öberg;asa@akesson.example;18900115-9806;2;MÅN;Rapportör;3',
  'Märta;Müller;marta@akesson.example;189001299800;3;Månadslön;Attestansvarig;3',
].join('\r\n');

/** This month in Stockholm, where the browser's clock is (playwright.config.ts). */
const thisMonth = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
})
  .format(new Date())
  .slice(0, 7);

test.skip(POSTGRES_MISSING !== null, POSTGRES_MISSING ?? '');

let server: TeamServer;
let app: ServedApp;
test.beforeAll(async () => {
  server = await TeamServer.start();
});
test.afterAll(() => {
  server?.stop();
});
test.beforeEach(async () => {
  app = new ServedApp({ db: await server.database() });
  app.setBureau('--reseller-agreement', 'ÅF-2031', '--agreement-valid-from', '2025-01-01');
});
test.afterEach(async () => {
  await app?.dispose();
});

test('on PostgreSQL a customer goes from the wizard through settings and users to the collective invoice', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const url = await app.start();
  const portfolio = new PortfolioPage(page);
  await portfolio.open(url);

  // 1. The collaboration, its contact and its invoicing, in the wizard.
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.chooseEasyAndLicences(5);
  await wizard.fillCustomer(AKESSON);
  await wizard.next().click();
  await wizard.collectiveInvoice().check();
  await wizard.next().click();
  await expect(page.getByRole('heading', { name: 'Sammanfattning', level: 2 })).toBeVisible();
  await wizard.create();
  await expect(page.getByRole('heading', { name: AKESSON.name, level: 1 })).toBeVisible();
  await expect(page.getByText(AKESSON.contactName).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/postgres-customer.png', fullPage: true });

  // 2. The five time settings reviewed in order, and a reporting profile of its own.
  const settings = new SettingsPage(page);
  await settings.openFromCustomer();
  for (const [index, name] of SECTIONS.entries()) {
    await expect(settings.section(name)).toBeVisible();
    await settings.saveAndReview();
    await expect(settings.section(SECTIONS[index + 1] ?? PROFILES)).toBeVisible();
    await expect(settings.partLink(name)).toContainText(/Granskad \d+ \S+ \d{4} av Anna Ek/);
  }
  await settings.addProfile('Timanställda', { clockTimesRequired: true });
  await expect(settings.profileRow('Timanställda')).toContainText('Klockslag');
  await settings.reviewProfiles();
  await expect(
    page.getByText('Alla tidsinställningar och rapporteringsprofilerna är granskade'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/postgres-settings.png', fullPage: true });

  // 3. A user through the form, two more from the customer's Excel list.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Kunder' })
    .click();
  const users = new UsersPage(page);
  await users.open(AKESSON.name);
  // The contact, Örjan, is the customer's administrator already.
  await expect(users.cell('Örjan', 'Åkesson', 'role')).toHaveText('Administratör');
  await users.startNewUser();
  await users.fillUser({
    firstName: 'Anna',
    lastName: 'Ek',
    email: 'anna@akesson.example',
    personnummer: '18900101-9802',
    employeeNumber: '1',
    salaryForm: 'Månadslön',
    role: 'Attestansvarig',
    approver: 'Anna Ek (sig själv)',
  });
  await users.saveButton().click();
  await expect(users.snackbar().getByText('Anna Ek är tillagd')).toBeVisible();
  await expect(users.cell('Anna', 'Ek', 'personnummerMasked')).toHaveText('18900101-****');

  const file = join(app.dir, 'personal.csv');
  writeFileSync(file, iconv.encode(`${EXCEL_CSV}\r\n`, 'win1252'));
  await users.dropFile(file);
  const importer = new ImportPage(page);
  await expect(importer.count('Godtagna')).toHaveText('2');
  await expect(importer.count('Avvisade')).toHaveText('0');
  await importer.commitButton().click();
  await expect(users.snackbar().getByText('2 användare importerade')).toBeVisible();
  await expect(users.cell('Åsa', 'Öberg', 'approverId')).toHaveText('Märta Müller');
  await expect(users.licences().getByText('4 används, 1 ledig')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/postgres-users.png', fullPage: true });

  // 4. This month's collective invoice: the customer's 5 licences at the example price, 99 kr.
  await page.goto(`${url}#/invoices/${thisMonth}`);
  const invoices = new InvoicesPage(page);
  await expect(invoices.heading()).toContainText('Samlingsfaktura');
  await expect(invoices.total('Kunder och licenser')).toHaveText('1 kund');
  await expect(invoices.totalHint('Kunder och licenser')).toHaveText('5 licenser');
  await expect(invoices.total('Exkl. moms')).toHaveText('495,00 kr');
  await expect(invoices.cell(AKESSON.name, 'changes')).toHaveText('Ny kund');
  await page.screenshot({ path: 'test-results/e2e/postgres-invoice.png', fullPage: true });
});
