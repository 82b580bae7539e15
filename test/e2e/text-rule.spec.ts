import { expect, test } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';
import { WizardPage } from './pages/wizard';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

test('the wizard marks a name with a hidden control character, as the services would', async ({
  page,
}) => {
  await new PortfolioPage(page).open(await app.start());
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.chooseEasyAndLicences(12);
  await wizard.fillCustomer({
    // A right-to-left override, as pasted from a cell: shows as "Åkesson AB", stored reversed.
    name: 'Åkesson \u202eBA',
    orgnr: '559244-0001',
    invoiceEmail: 'faktura@akesson-bygg.example',
    contactName: 'Örjan Åkesson',
    contactEmail: 'orjan\u001b@akesson-bygg.example',
  });
  await wizard.next().click();
  const name = page.getByRole('textbox', { name: 'Kundens namn', exact: true });
  const email = page.getByRole('textbox', { name: 'Kontaktpersonens e-post', exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Texten innehåller osynliga styrtecken')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/e2e/wizard-text-control.png' });

  await name.fill('Åkesson AB');
  await email.fill('orjan@akesson-bygg.example');
  await wizard.next().click();
  await expect(page.getByRole('heading', { name: 'Fakturering', level: 2 })).toBeVisible();
});
