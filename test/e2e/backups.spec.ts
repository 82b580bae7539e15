import { expect, test } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';

const PASSPHRASE = 'grön tekanna i förrådet';
const KEPT = 'Åkesson Bygg & Måleri AB';
const LATER = 'Senare Bygg AB';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

test('Säkerhetskopior: the automatic backups listed, a wrong passphrase refused, a backup file restored', async ({
  page,
}) => {
  app.cli('bureau', 'set', '--name', 'Ek & Ask AB', '--orgnr', '556016-0680');
  app.cli('customer', 'create', '--name', KEPT, '--orgnr', '5592440001');
  const file = `${app.dir}/byran.kundstart`;
  await app.cliWith({ KUNDSTART_BACKUP_PASSPHRASE: PASSPHRASE }, 'backup', file);
  app.cli('customer', 'create', '--name', LATER, '--orgnr', '5561034249');

  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  await expect(portfolio.customerLink(LATER)).toBeVisible();
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const section = page.getByRole('region', { name: 'Säkerhetskopior' });
  // The app made its daily copy when it opened.
  const rows = section.getByRole('table', { name: 'Automatiska säkerhetskopior' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Daglig');
  await expect(rows.nth(1)).toContainText('MB');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: 'test-results/e2e/backups-section.png' });

  await section.getByRole('button', { name: 'Återställ från fil…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Återställa säkerhetskopian?' });
  await dialog.getByLabel('Säkerhetskopia (.kundstart)').setInputFiles(file);
  await expect(dialog).toContainText('byran.kundstart');
  await dialog.getByLabel('Lösenfras').fill('fel tekanna');
  await dialog.getByRole('button', { name: 'Återställ' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Lösenfrasen stämmer inte');
  await dialog.screenshot({ path: 'test-results/e2e/backups-wrong-passphrase.png' });

  await dialog.getByLabel('Lösenfras').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Återställ' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Kunder' }).first().click();
  await expect(portfolio.customerLink(KEPT)).toBeVisible();
  await expect(portfolio.customerLink(LATER)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/backups-restored.png', fullPage: true });

  // And back, from the copy the app made at open, which still held the later customer.
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page
    .getByRole('region', { name: 'Säkerhetskopior' })
    .getByRole('button', { name: /^Återställ kopian från/ })
    .first()
    .click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Återställ' }).click();
  await page.getByRole('link', { name: 'Kunder' }).first().click();
  await expect(portfolio.customerLink(LATER)).toBeVisible();

  // Säkerhetskopiera nu: a passphrase, twice, then a file that restores elsewhere with it alone.
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  const backupNow = page.getByRole('dialog', { name: 'Säkerhetskopiera nu' });
  await backupNow.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
  await backupNow.getByLabel('Samma lösenfras igen').fill('grön tekanna');
  await expect(backupNow.getByText('Lösenfraserna är inte lika.')).toBeVisible();
  await expect(backupNow.getByRole('button', { name: 'Spara säkerhetskopia' })).toBeDisabled();
  await backupNow.getByLabel('Samma lösenfras igen').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await backupNow.getByRole('button', { name: 'Spara säkerhetskopia' }).click();
  const saved = `${app.dir}/nu.kundstart`;
  await (await download).saveAs(saved);
  expect((await download).suggestedFilename()).toMatch(/^kundstart-\d{4}-\d\d-\d\d\.kundstart$/);
  const elsewhere = `${app.dir}/elsewhere/kundstart.db`;
  await app.cliWith(
    { KUNDSTART_BACKUP_PASSPHRASE: PASSPHRASE },
    '--db',
    elsewhere,
    'restore',
    saved,
  );
  const names = JSON.parse(
    await app.cliWith({}, '--db', elsewhere, 'customer', 'list', '--json'),
  ) as { name: string }[];
  expect(names.map((c) => c.name).sort()).toEqual([LATER, KEPT].sort());
});
