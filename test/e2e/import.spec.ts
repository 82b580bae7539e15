import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { ServedApp } from './host';
import { ImportPage } from './pages/import';
import { PortfolioPage } from './pages/portfolio';
import { UsersPage } from './pages/users';

const CUSTOMER = 'Åkesson Bygg AB';

/** What Swedish Excel writes for "CSV (semikolonavgränsad)": Windows-1252, ';', CRLF. */
const EXCEL_CSV = [
  'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet;Attestansvarig',
  'Åsa;Öberg;asa@akesson.example;18900115-9806;1;MÅN;Rapportör;2',
  'Märta;Müller;marta@akesson.example;189001299800;2;Månadslön;Attestansvarig;2',
  'Bo;Ström;bo(at)akesson;;3;TIM;Rapportör;2',
].join('\r\n');

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
  app.cli('customer', 'create', '--name', CUSTOMER, '--orgnr', '5592440001', '--licences', '10');
});
test.afterEach(async () => {
  await app.dispose();
});

/** The customer's list as Swedish Excel saved it, in the test's own folder. */
function excelFile(): string {
  const file = join(app.dir, 'personal.csv');
  writeFileSync(file, iconv.encode(`${EXCEL_CSV}\r\n`, 'win1252'));
  return file;
}

test("a customer's Excel list dropped on the users page is checked, a bad e-mail is corrected in the preview, and all three are imported", async ({
  page,
}) => {
  const file = excelFile();
  await new PortfolioPage(page).open(await app.start());
  const users = new UsersPage(page);
  await users.open(CUSTOMER);
  const importer = new ImportPage(page);

  await users.dropFile(file);
  await expect(page.getByRole('heading', { name: 'Importera användare', level: 1 })).toBeVisible();
  await expect(page.getByText('personal.csv · CSV · avgränsat med semikolon')).toBeVisible();
  await expect(importer.mappingFor('Anställningsnr')).toHaveText('Anställningsnummer');
  await expect(importer.mappingFor('Attestansvarig')).toHaveText('Attestansvarig');
  await expect(importer.count('Rader')).toHaveText('3');
  await expect(importer.count('Godtagna')).toHaveText('2');
  await expect(importer.count('Avvisade')).toHaveText('1');
  await expect(importer.status(4)).toContainText('E-postadressen är inte giltig.');
  await expect(importer.status(2)).toHaveText('Godtagen');
  await expect(importer.commitButton()).toHaveText('Importera 2 användare');
  await page.screenshot({ path: 'test-results/e2e/import-preview.png', fullPage: true });

  // Only the rows with errors, then all again.
  await page.getByRole('switch', { name: 'Bara rader med fel' }).check();
  await expect(importer.grid().getByRole('row')).toHaveCount(2);
  await page.getByRole('switch', { name: 'Bara rader med fel' }).uncheck();

  await importer.fixCell(4, 'E-post', 'bo@akesson.example');
  await expect(importer.count('Godtagna')).toHaveText('3');
  await expect(importer.count('Avvisade')).toHaveText('0');
  await expect(importer.status(4)).not.toContainText('E-postadressen');
  await expect(importer.status(4)).toContainText('Personnummer saknas');
  await page.screenshot({ path: 'test-results/e2e/import-fixed.png', fullPage: true });

  await importer.commitButton().click();
  await expect(page.getByRole('heading', { name: 'Användare', level: 1 })).toBeVisible();
  await expect(users.snackbar().getByText('3 användare importerade')).toBeVisible();
  await expect(users.cell('Åsa', 'Öberg', 'approverId')).toHaveText('Märta Müller');
  await expect(users.cell('Märta', 'Müller', 'approverId')).toHaveText('Märta Müller (sig själv)');
  await expect(users.cell('Bo', 'Ström', 'email')).toHaveText('bo@akesson.example');
  await expect(users.licences().getByText('3 används, 7 lediga')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/import-done.png' });
});

test('the same list can be chosen through the file picker instead', async ({ page }) => {
  const file = excelFile();
  await new PortfolioPage(page).open(await app.start());
  await new UsersPage(page).open(CUSTOMER);
  const importer = new ImportPage(page);
  await importer.open();
  await page.screenshot({ path: 'test-results/e2e/import-choose.png' });

  await importer.chooseFile(file);
  await expect(page.getByText('personal.csv · CSV · avgränsat med semikolon')).toBeVisible();
  await expect(importer.count('Rader')).toHaveText('3');
  await expect(importer.count('Avvisade')).toHaveText('1');
  await expect(importer.status(4)).toContainText('E-postadressen är inte giltig.');
});

test('the preview of a long list opens on the first cell in error, far down the list', async ({
  page,
}) => {
  app.cli(
    'customer',
    'create',
    '--name',
    'Storföretaget AB',
    '--orgnr',
    '5561034249',
    '--licences',
    '200',
  );
  const lines = ['Förnamn;Efternamn;E-post;Anställningsnr;Löneform'];
  for (let i = 1; i <= 150; i += 1) {
    // Line 133 of the file (row 132) has an e-mail that is not one.
    const email = i === 132 ? 'person132(at)stor.example' : `person${i}@stor.example`;
    lines.push(`Person;Nummer${i};${email};${i};MÅN`);
  }
  const file = join(app.dir, 'lang-lista.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  await new PortfolioPage(page).open(await app.start());
  await new UsersPage(page).open('Storföretaget AB');
  const importer = new ImportPage(page);
  await importer.open();
  await importer.chooseFile(file);
  await expect(importer.count('Avvisade')).toHaveText('1');

  const cell = await importer.cell(133, 'E-post');
  await expect(cell).toBeFocused();
  await expect(cell).toHaveText('person132(at)stor.example');
  await expect(cell).toBeInViewport();
  await page.screenshot({ path: 'test-results/e2e/import-first-error.png' });
});
