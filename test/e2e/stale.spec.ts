// Issue 16 item 3: a colleague saves a user while the dialog is open; the save shows what they
// changed, and "Använd mina ändringar" saves ours over their version.
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
  expect(saved).toMatchObject({ employeeNumber: '7', salaryForm: 'monthly', recordVersion: 3 });
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
  await expect(page.getByRole('heading', { name: CUSTOMER, level: 1 })).toBeVisible();
  const detail = await colleague<{ licences: number; recordVersion: number }>(
    url,
    'customers:get',
    { id: customerId },
  );
  expect(detail).toMatchObject({ licences: 4, recordVersion: 3 });
});
