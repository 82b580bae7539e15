import { expect, test } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';
import { UsersPage } from './pages/users';
import { WizardPage } from './pages/wizard';

const CUSTOMER = 'Åkesson Bygg AB';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001', '--licences', '3');
});
test.afterEach(async () => {
  await app.dispose();
});

test('the first user is an approver who approves herself, added complete through the dialog', async ({
  page,
}) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  const users = new UsersPage(page);
  await users.open(CUSTOMER);
  await expect(page.getByRole('heading', { name: 'Inga användare ännu' })).toBeVisible();
  await expect(page.getByText('Har kunden en lista i Excel?')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/users-empty.png' });

  await page.getByRole('button', { name: 'Lägg till användare' }).click();
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
  await expect(page.getByText('Ger inloggning med BankID')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/users-dialog.png' });
  await users.saveButton().click();

  await expect(users.snackbar().getByText('Anna Ek är tillagd')).toBeVisible();
  await expect(users.dialog()).toHaveCount(0);
  await expect(users.cell('Anna', 'Ek', 'missing')).toHaveText('Komplett');
  await expect(users.cell('Anna', 'Ek', 'personnummerMasked')).toHaveText('18900101-****');
  await expect(users.cell('Anna', 'Ek', 'approverId')).toHaveText('Anna Ek (sig själv)');
  await expect(page.getByText('Användaren är komplett')).toBeVisible();
  await expect(users.licences().getByText('1 används, 2 lediga')).toBeVisible();

  // The full number only on request, and the request is logged.
  await users.row('Anna', 'Ek').getByRole('button', { name: 'Redigera Anna Ek' }).click();
  await users.dialog().getByRole('button', { name: 'Visa' }).click();
  await expect(users.dialog().getByRole('textbox', { name: 'Sparat personnummer' })).toHaveValue(
    '18900101-9802',
  );
  await users.dialog().getByRole('button', { name: 'Stäng' }).click();
});

test('users are checked as they are typed, set in bulk, undone, and stop at the licences bought', async ({
  page,
}) => {
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  const users = new UsersPage(page);
  await users.open(CUSTOMER);

  await page.getByRole('button', { name: 'Lägg till användare' }).click();
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
  await expect(users.cell('Anna', 'Ek', 'missing')).toHaveText('Komplett');

  // A second user by the dialog: a bad e-mail and a taken employee number are refused at once.
  await users.startNewUser();
  await users.fillUser({ firstName: 'Bo', lastName: 'Ek', email: 'bo@akesson' });
  await users.field('Anställningsnummer').fill('1');
  await users.field('Mobil').focus();
  await expect(
    users.dialog().getByText('E-postadressen ser inte rätt ut. Skriv den som namn@foretag.se.'),
  ).toBeVisible();
  await expect(
    users.dialog().getByText('En annan användare hos kunden har redan det här anställningsnumret.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/users-dialog-errors.png' });
  await users.saveButton().click();
  await expect(users.snackbar().getByText('Bo Ek är tillagd')).toHaveCount(0);

  await users.field('E-post').fill('bo@akesson.example');
  await users.field('Anställningsnummer').fill('2');
  await users.saveButton().click();
  // Saved, but incomplete: the dialog stays on Bo and says what is missing.
  await expect(users.dialog().getByText('Bo Ek är sparad men ofullständig')).toBeVisible();
  await expect(users.dialog().getByText('Löneform saknas.')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/users-saved-incomplete.png' });
  await users.dialog().getByRole('button', { name: 'Stäng' }).click();
  await expect(users.cell('Bo', 'Ek', 'missing')).toContainText('Saknar');

  // Inline: the same rules in the cell, which refuses to commit while they object.
  const email = await users.typeInCell('Bo', 'Ek', 'email', 'bo@');
  await expect(page.getByRole('tooltip')).toContainText(
    'E-postadressen ser inte rätt ut. Skriv den som namn@foretag.se.',
  );
  await email.press('Enter');
  await expect(email).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/users-inline-error.png' });
  await email.press('Escape');
  await expect(users.cell('Bo', 'Ek', 'email')).toHaveText('bo@akesson.example');

  const number = await users.typeInCell('Bo', 'Ek', 'employeeNumber', '1');
  await expect(page.getByRole('tooltip')).toContainText(
    'En annan användare hos kunden har redan det här anställningsnumret.',
  );
  await number.press('Escape');

  const mobile = await users.typeInCell('Bo', 'Ek', 'mobile', '070-123 45 67');
  await mobile.press('Enter');
  await expect(users.snackbar().getByText('Bo Ek är sparad')).toBeVisible();
  await expect(users.cell('Bo', 'Ek', 'mobile')).toHaveText('070-123 45 67');
  await users.snackbar().getByRole('button', { name: 'Ångra' }).click();
  await expect(users.snackbar().getByText('Ändringen är ångrad')).toBeVisible();
  await expect(users.cell('Bo', 'Ek', 'mobile')).toHaveText('');

  // A third user, then both new ones get Anna as their approver in one go.
  await users.startNewUser();
  await users.fillUser({
    firstName: 'Cilla',
    lastName: 'Ek',
    email: 'cilla@akesson.example',
    employeeNumber: '3',
    salaryForm: 'Timlön',
  });
  await users.saveButton().click();
  await users.dialog().getByRole('button', { name: 'Stäng' }).click();

  await users.select('Bo', 'Ek');
  await users.select('Cilla', 'Ek');
  await expect(users.bulkToolbar().getByText('2 markerade')).toBeVisible();
  await users.bulkToolbar().getByRole('button', { name: 'Sätt attestansvarig…' }).click();
  await users.dialog().getByRole('combobox', { name: 'Attestansvarig' }).click();
  await page.getByRole('option', { name: 'Anna Ek', exact: true }).click();
  await users.dialog().getByRole('button', { name: 'Ändra 2 användare' }).click();
  await expect(users.snackbar().getByText('2 användare är ändrade')).toBeVisible();
  await expect(users.cell('Bo', 'Ek', 'approverId')).toHaveText('Anna Ek');
  await expect(users.cell('Cilla', 'Ek', 'approverId')).toHaveText('Anna Ek');
  await page.screenshot({ path: 'test-results/e2e/users-grid.png' });

  // The fourth user needs a fourth licence: bought from the refusal, then saved.
  await users.startNewUser();
  await users.fillUser({
    firstName: 'Dan',
    lastName: 'Ek',
    email: 'dan@akesson.example',
    employeeNumber: '4',
  });
  await users.saveButton().click();
  const refusal = users.dialog().getByRole('alert').filter({ hasText: 'Licenserna räcker inte' });
  await expect(refusal).toContainText(
    'Kunden har 3 licenser och alla används. Med den här användaren behövs 4.',
  );
  await page.screenshot({ path: 'test-results/e2e/users-licences-exceeded.png' });
  await refusal.getByRole('button', { name: 'Köp fler licenser' }).click();
  const count = page.getByRole('textbox', { name: 'Antal licenser' });
  await expect(count).toHaveValue('4');
  await count.fill('5');
  await page.getByRole('button', { name: 'Spara antalet' }).click();
  await expect(
    users.dialog().getByText('Kunden har nu 5 licenser. Spara användaren igen.'),
  ).toBeVisible();
  await users.saveButton().click();
  await expect(users.snackbar().getByText('Dan Ek är tillagd')).toBeVisible();
  await users.dialog().getByRole('button', { name: 'Stäng' }).click();
  await expect(users.licences().getByText('5 licenser', { exact: true })).toBeVisible();
  await expect(users.licences().getByText('4 används, 1 ledig')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/users-after.png', fullPage: true });
});

test('the article’s columns come first; deleting the primary contact names the consequence, and the history who was deleted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  // The wizard makes the primary contact the first Administratör: a user who is the contact.
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.chooseEasyAndLicences(3);
  await wizard.fillCustomer({
    name: 'Kontakt AB',
    orgnr: '556103-4249',
    invoiceEmail: 'faktura@kontakt.example',
    contactName: 'Örjan Åkesson',
    contactEmail: 'orjan@kontakt.example',
  });
  await wizard.next().click();
  await page.getByRole('radio', { name: 'Kunden', exact: true }).check();
  await page.getByRole('radio', { name: 'E-post (PDF)' }).check();
  await wizard.next().click();
  await wizard.create();
  await page.getByRole('button', { name: 'Användare', exact: true }).click();
  const users = new UsersPage(page);
  // The message about the creation was for the customer's page: it does not follow staff here.
  await expect(users.snackbar()).toBeHidden();

  // Completed here: no personnummer, yet complete (BankID only is ruled out).
  await users
    .row('Örjan', 'Åkesson')
    .getByRole('button', { name: 'Redigera Örjan Åkesson' })
    .click();
  await users.field('Anställningsnummer').fill('1008');
  await users.choose('Löneform', 'Månadslön');
  await users.choose('Attestansvarig', 'Örjan Åkesson (sig själv)');
  await users.saveButton().click();
  await expect(users.dialog().getByText('Örjan Åkesson är sparad och komplett')).toBeVisible();
  await users.dialog().getByRole('button', { name: 'Stäng' }).click();
  await expect(users.cell('Örjan', 'Åkesson', 'missing')).toHaveText('Komplett, utan BankID');

  // What staff check against the article is in view at 1440 px, without scrolling sideways.
  for (const column of ['Anställningsnr', 'Löneform', 'Behörighet', 'Attestansvarig']) {
    expect(await users.columnInView(column), column).toBe(true);
  }
  await page.screenshot({ path: 'test-results/e2e/users-columns-1440.png' });

  const confirm = await users.askToDelete(['Örjan', 'Åkesson']);
  await expect(confirm).toContainText('Örjan Åkesson är kundens primärkontakt');
  await expect(confirm).toContainText('ingen inloggning, varken med e-post eller BankID');
  await page.screenshot({ path: 'test-results/e2e/users-delete-contact.png' });
  await confirm.getByRole('button', { name: 'Ta bort användaren' }).click();
  const done = users.snackbar().getByText('Örjan Åkesson är borttagen');
  await expect(done).toBeVisible();
  // The message stands beside the navigation, not over it.
  const nav = await page.getByRole('navigation', { name: 'Huvudmeny' }).boundingBox();
  const note = await users.snackbar().boundingBox();
  expect(note!.x).toBeGreaterThanOrEqual(nav!.x + nav!.width);

  // On the customer's page the message is gone, and the history says whom each entry is about.
  await page
    .getByRole('navigation', { name: 'Du är här' })
    .getByRole('link', { name: 'Kontakt AB' })
    .click();
  await expect(done).toBeHidden();
  const history = page.getByRole('table', { name: 'Ändringshistorik' });
  await expect(history).toContainText('Tog bort användaren Örjan Åkesson');
  await expect(history).toContainText('Ändrade användaren Örjan Åkesson');
  await expect(history).toContainText('Anställningsnr: – → 1008');
  await expect(history).toContainText('Löneform: – → Månadslön');
  await expect(history).toContainText('Skapade samarbetet');
  await expect(history).not.toContainText('approverId');
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/customer-history.png', fullPage: true });
});
