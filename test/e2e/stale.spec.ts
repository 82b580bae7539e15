// Issue 16 item 3: a colleague saves a user while the dialog is open; the save shows what they
// changed, and "Använd mina ändringar" saves the fields we changed over their version. The same
// for the users grid's inline edit and the bureau profile.
import { expect, test } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';
import { UsersPage } from './pages/users';

const CUSTOMER = 'Åkesson Bygg AB';

/** The contract as a colleague's desktop calls it: POST /api/<channel> on the same core. */
async function colleague<T>(url: string, channel: string, input: object): Promise<T> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${searchParams.get('token') ?? ''}`,
    },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

interface Listed {
  id: string;
  customerId: string;
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  employeeNumber: string;
  salaryForm: string | null;
  role: string;
  approverId: string | null;
  profileId: string | null;
  recordVersion: number;
}

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001', '--licences', '3');
});
test.afterEach(async () => {
  await app.dispose();
});

test('a save after a colleague’s shows their change, and reapplying ours saves it', async ({
  page,
}) => {
  const url = await app.start();
  await new PortfolioPage(page).open(url);
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
  await expect(users.dialog()).toHaveCount(0);

  // We open Anna; meanwhile a colleague gives her a mobile number and hourly pay.
  await users.row('Anna', 'Ek').getByRole('button', { name: 'Redigera Anna Ek' }).click();
  const customerId = await customerIdOf(url);
  const [anna] = await colleague<Listed[]>(url, 'users:list', { customerId });
  expect(anna!.recordVersion).toBe(1);
  await colleague(url, 'users:save', {
    customerId,
    id: anna!.id,
    recordVersion: anna!.recordVersion,
    fields: { ...pick(anna!), mobile: '070-999 99 99', salaryForm: 'hourly' },
  });

  // Our change: another employee number, saved from the version we opened.
  await users.dialog().getByRole('textbox', { name: 'Anställningsnummer' }).fill('7');
  await users.dialog().getByRole('button', { name: 'Spara' }).click();
  const stale = page.getByRole('alertdialog', { name: 'En kollega har ändrat det här' });
  await expect(stale).toBeVisible();
  const table = stale.getByRole('table', { name: 'Kollegans ändringar jämfört med dina' });
  await expect(table.getByRole('row', { name: /Mobil/ })).toContainText('070-999 99 99');
  await expect(table.getByRole('row', { name: /Löneform/ })).toContainText('Timlön');
  await expect(table.getByRole('row', { name: /Löneform/ })).toContainText('Månadslön');
  // Who saved and when, from the audit log (no bureau profile here: "Okänd användare").
  await expect(
    stale.getByText(/Okänd användare sparade ändringar .* efter att du öppnade/),
  ).toBeVisible();
  // The main choice has the focus: Enter reapplies.
  await expect(stale.getByRole('button', { name: 'Använd mina ändringar' })).toBeFocused();
  await page.screenshot({ path: 'test-results/e2e/stale-dialog.png' });

  await stale.getByRole('button', { name: 'Använd mina ändringar' }).click();
  await expect(stale).toHaveCount(0);
  await expect(users.dialog()).toHaveCount(0);
  await expect(users.cell('Anna', 'Ek', 'employeeNumber')).toHaveText('7');
  const [saved] = await colleague<Listed[]>(url, 'users:list', { customerId });
  // Only our change went over theirs: their mobile and hourly pay stay.
  expect(saved).toMatchObject({
    employeeNumber: '7',
    mobile: '070-999 99 99',
    salaryForm: 'hourly',
    recordVersion: 3,
  });
});

test('“Ta kollegans” shows the colleague’s version in the form, and nothing of ours is saved', async ({
  page,
}) => {
  const url = await app.start();
  await new PortfolioPage(page).open(url);
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
  await expect(users.dialog()).toHaveCount(0);
  await users.row('Anna', 'Ek').getByRole('button', { name: 'Redigera Anna Ek' }).click();
  const customerId = await customerIdOf(url);
  const [anna] = await colleague<Listed[]>(url, 'users:list', { customerId });
  await colleague(url, 'users:save', {
    customerId,
    id: anna!.id,
    recordVersion: anna!.recordVersion,
    fields: { ...pick(anna!), lastName: 'Ek-Berg' },
  });
  await users.dialog().getByRole('textbox', { name: 'Anställningsnummer' }).fill('7');
  await users.dialog().getByRole('button', { name: 'Spara' }).click();
  const stale = page.getByRole('alertdialog', { name: 'En kollega har ändrat det här' });
  await stale.getByRole('button', { name: 'Ta kollegans' }).click();
  await expect(stale).toHaveCount(0);
  const form = users.dialog();
  await expect(form.getByRole('textbox', { name: 'Efternamn' })).toHaveValue('Ek-Berg');
  await expect(form.getByRole('textbox', { name: 'Anställningsnummer' })).toHaveValue('1');
  const [stored] = await colleague<Listed[]>(url, 'users:list', { customerId });
  expect(stored).toMatchObject({ lastName: 'Ek-Berg', employeeNumber: '1', recordVersion: 2 });
});

async function customerIdOf(url: string): Promise<string> {
  const [customer] = await colleague<{ id: string }[]>(url, 'customers:list', {});
  return customer!.id;
}

/** A listed user's fields, as users:save takes them. */
function pick(u: Listed) {
  return {
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    mobile: u.mobile,
    employeeNumber: u.employeeNumber,
    salaryForm: u.salaryForm,
    role: u.role,
    approverId: u.approverId,
    profileId: u.profileId,
  };
}

test('the customer form shows licences a colleague changed, and reapplying ours saves it', async ({
  page,
}) => {
  const url = await app.start();
  await new PortfolioPage(page).open(url);
  await page.getByRole('grid', { name: 'Kunder' }).getByRole('link', { name: CUSTOMER }).click();
  await page.getByRole('button', { name: 'Redigera', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Redigera ${CUSTOMER}` })).toBeVisible();

  // A colleague buys more licences while the form is open (the customer's version goes up).
  const customerId = await customerIdOf(url);
  await colleague(url, 'licences:set', { customerId, count: 5 });

  const next = page.getByRole('button', { name: 'Nästa' });
  await next.click();
  await page.getByRole('spinbutton', { name: 'Antal licenser' }).fill('4');
  const save = page.getByRole('button', { name: 'Spara ändringar' });
  while (!(await save.isVisible())) await next.click();
  await save.click();

  const stale = page.getByRole('alertdialog', { name: 'En kollega har ändrat det här' });
  const row = stale.getByRole('row', { name: /Licenser/ });
  await expect(row).toContainText('5');
  await expect(row).toContainText('4');
  await page.screenshot({ path: 'test-results/e2e/stale-customer.png' });
  await stale.getByRole('button', { name: 'Använd mina ändringar' }).click();
  // Exact: the edit page's own heading, "Redigera …", holds the name too, and the save is done
  // only once the customer's page shows.
  await expect(page.getByRole('heading', { name: CUSTOMER, level: 1, exact: true })).toBeVisible();
  const detail = await colleague<{ licences: number; recordVersion: number }>(
    url,
    'customers:get',
    { id: customerId },
  );
  expect(detail).toMatchObject({ licences: 4, recordVersion: 3 });
});

test('an inline edit after a colleague’s save shows their change and keeps the typed value', async ({
  page,
}) => {
  // The colleague's change is not seen live here (the event stream is cut, as on a slow link):
  // the grid still shows the version it read when the cell is saved.
  await page.route('**/api/events**', (route) => route.abort());
  const url = await app.start();
  const customerId = await customerIdOf(url);
  const { user } = await colleague<{ user: Listed }>(url, 'users:save', {
    customerId,
    fields: {
      firstName: 'Anna',
      lastName: 'Ek',
      email: 'anna@akesson.example',
      mobile: '',
      employeeNumber: '1',
      salaryForm: 'monthly',
      role: 'reporter',
      approverId: null,
      profileId: null,
    },
  });
  await new PortfolioPage(page).open(url);
  const users = new UsersPage(page);
  await users.open(CUSTOMER);
  await expect(users.cell('Anna', 'Ek', 'employeeNumber')).toHaveText('1');
  await colleague(url, 'users:save', {
    customerId,
    id: user.id,
    recordVersion: user.recordVersion,
    fields: { ...pick(user), mobile: '070-999 99 99' },
  });

  const input = await users.typeInCell('Anna', 'Ek', 'employeeNumber', '7');
  await input.press('Enter');
  const stale = page.getByRole('alertdialog', { name: 'En kollega har ändrat det här' });
  await expect(stale).toBeVisible();
  await expect(stale.getByRole('row', { name: /Mobil/ })).toContainText('070-999 99 99');
  await page.screenshot({ path: 'test-results/e2e/stale-grid.png' });

  // Esc: the dialog goes, and the typed value is still in the open cell.
  await page.keyboard.press('Escape');
  await expect(stale).toHaveCount(0);
  await expect(users.cell('Anna', 'Ek', 'employeeNumber').getByRole('textbox')).toHaveValue('7');
  await users.cell('Anna', 'Ek', 'employeeNumber').getByRole('textbox').press('Enter');
  await stale.getByRole('button', { name: 'Använd mina ändringar' }).click();
  await expect(stale).toHaveCount(0);
  await expect(users.cell('Anna', 'Ek', 'employeeNumber')).toHaveText('7');
  const [saved] = await colleague<Listed[]>(url, 'users:list', { customerId });
  expect(saved).toMatchObject({ employeeNumber: '7', mobile: '070-999 99 99', recordVersion: 3 });
});

test('the bureau profile after a colleague’s save keeps their change beside ours', async ({
  page,
}) => {
  const url = await app.start();
  const bureau = {
    name: 'Revisionsbyrån Ek & Ask AB',
    orgnr: '556016-0680',
    resellerAgreement: false,
    staffName: 'Anna Ek',
  };
  await colleague(url, 'bureau:save', bureau);
  await new PortfolioPage(page).open(url);
  await page.getByRole('link', { name: 'Byråprofil' }).first().click();
  const name = page.getByRole('textbox', { name: 'Byråns namn' });
  await expect(name).toHaveValue(bureau.name);
  await name.fill('Ek & Ask Redovisning AB');
  // Meanwhile Bo saves the profile under his own name.
  await colleague(url, 'bureau:save', { ...bureau, staffName: 'Bo Ask', recordVersion: 1 });
  await expect(name).toHaveValue('Ek & Ask Redovisning AB');

  await page.getByRole('button', { name: 'Spara byråprofilen' }).click();
  const stale = page.getByRole('alertdialog', { name: 'En kollega har ändrat det här' });
  await expect(stale).toBeVisible();
  await expect(stale.getByText(/Bo Ask sparade ändringar/)).toBeVisible();
  const row = stale.getByRole('row', { name: /Ditt namn/ });
  await expect(row).toContainText('Bo Ask');
  await expect(row).toContainText('Anna Ek');
  await page.screenshot({ path: 'test-results/e2e/stale-bureau.png' });
  await stale.getByRole('button', { name: 'Använd mina ändringar' }).click();
  await expect(page.getByText('Byråprofilen är sparad')).toBeVisible();
  const saved = await colleague<{ name: string; staffName: string; recordVersion: number }>(
    url,
    'bureau:get',
    {},
  );
  expect(saved).toMatchObject({
    name: 'Ek & Ask Redovisning AB',
    staffName: 'Bo Ask',
    recordVersion: 3,
  });
});
