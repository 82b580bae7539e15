import { expect, test } from '@playwright/test';
import { ServedApp } from './host';

const CUSTOMER = 'Åkesson Bygg & Måleri AB';
const PERSON = 'Örjan Åkesson';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

test('a person found by personnummer is exported as PDF and erased after the name is typed', async ({
  page,
}) => {
  app.setBureau();
  app.cli(
    'customer',
    'create',
    '--name',
    CUSTOMER,
    '--orgnr',
    '5592440001',
    '--contact-name',
    PERSON,
    '--contact-email',
    'orjan@akesson-bygg.example',
    '--contact-phone',
    '070-123 45 67',
    '--contact-personnummer',
    '189001019802',
  );
  await page.goto(await app.start());
  await page.getByRole('link', { name: 'Personuppgifter' }).click();
  await expect(page.getByRole('heading', { name: 'Personuppgifter', level: 1 })).toBeVisible();

  await page.getByLabel('Personnummer eller e-postadress').fill('18900101-9802');
  await page.getByRole('button', { name: 'Sök' }).click();
  const found = page.getByRole('region', { name: 'Var personen finns' });
  await expect(found.getByText(PERSON)).toBeVisible();
  await expect(found.getByRole('listitem')).toContainText([`${CUSTOMER}Kontaktperson`]);
  await page.screenshot({ path: 'test-results/e2e/privacy-found.png', fullPage: true });

  const download = page.waitForEvent('download');
  await found.getByRole('button', { name: 'Registerutdrag (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Registerutdrag \d{4}-\d{2}-\d{2}\.pdf$/);

  await found.getByRole('button', { name: 'Radera personen…' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Radera ${PERSON}?` });
  const erase = dialog.getByRole('button', { name: 'Radera' });
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('Skriv personens namn för att bekräfta').fill('örjan åkesson');
  await page.screenshot({ path: 'test-results/e2e/privacy-erase.png' });
  await erase.click();
  await expect(page.getByText('Personen är raderad.')).toBeVisible();
  await expect(found).toHaveCount(0);

  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page.getByText('Ingen person med de uppgifterna finns i Kundstart.')).toBeVisible();
});

test('the retention is set under Inställningar: 0 is refused in Swedish, 30 days is saved and read back', async ({
  page,
}) => {
  app.setBureau();
  await page.goto(await app.start());
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const card = page.getByRole('form', { name: 'Gallring' });
  const days = card.getByLabel('Ta bort skickade meddelanden och utkast efter (dagar)');
  await expect(days).toHaveValue('');
  await days.fill('0');
  await card.getByRole('button', { name: 'Spara' }).click();
  await expect(card.getByText('Ange ett heltal mellan 1 och 3650 dagar')).toBeVisible();
  await days.fill('30');
  await card.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Gallringen är sparad.')).toBeVisible();
  await page
    .getByRole('region', { name: 'Gallring' })
    .screenshot({ path: 'test-results/e2e/privacy-retention.png' });
  await page.reload();
  await expect(page.getByRole('form', { name: 'Gallring' }).getByRole('textbox')).toHaveValue('30');
});
