import { expect, test, type Locator, type Page } from '@playwright/test';
import { errorsSv } from '../../shared/errorMessages';
import { startSmtp, type TestSmtp } from '../integration/mail-settings-server';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';

const PASSWORD = 'rätt-lösen-7';

let app: ServedApp;
let smtp: TestSmtp;
test.beforeEach(async () => {
  app = new ServedApp();
  // The bureau's mail server, on loopback, refusing any login but the right one.
  smtp = await startSmtp({
    onAuth: (auth, _s, cb) =>
      auth.username === 'utskick@ekask.example' && auth.password === PASSWORD
        ? cb(null, { user: auth.username })
        : cb(new Error('Authentication failed')),
  });
});
test.afterEach(async () => {
  await smtp.close();
  await app.dispose();
});

/** A text field of the card by its label (the port's label is also in the security choices). */
function field(card: Locator, name: string) {
  return card.getByRole('textbox', { name, exact: true });
}

function card(page: Page) {
  return page.getByRole('region', { name: 'E-post', exact: true });
}

test('the E-post card: settings saved, a wrong password named in Swedish, the test message received', async ({
  page,
}) => {
  app.setBureau();
  await new PortfolioPage(page).open(await app.start());
  await page.getByRole('navigation').getByRole('link', { name: 'Byråprofil' }).click();
  const mail = card(page);
  await expect(field(mail, 'Port')).toHaveValue('587');
  await expect(field(mail, 'Avsändarens namn')).toHaveValue('Ek & Ask AB');
  await expect(field(mail, 'Spara skickade meddelanden (dagar)')).toHaveValue('90');
  await expect(mail.getByRole('button', { name: 'Skicka testmeddelande' })).toBeDisabled();

  // No encryption to a server on the network, and a sender that is no address: refused.
  await field(mail, 'SMTP-server').fill('smtp.ekask.example');
  await mail.getByRole('radio', { name: 'Ingen kryptering' }).check();
  await expect(field(mail, 'Port')).toHaveValue('25');
  await field(mail, 'Avsändaradress').fill('utskick på ekask');
  await mail.getByRole('button', { name: 'Spara e-postinställningar' }).click();
  await expect(mail.getByText(errorsSv['mail.insecure'])).toBeVisible();
  await expect(mail.getByText(errorsSv['email.invalid'])).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/mail-settings-errors.png', fullPage: true });

  // The loopback server, with a wrong password: saved, and the test names the refusal.
  await field(mail, 'SMTP-server').fill('127.0.0.1');
  await field(mail, 'Port').fill(String(smtp.port));
  await field(mail, 'Användarnamn').fill('utskick@ekask.example');
  await mail.getByLabel('Lösenord', { exact: true }).fill('fel-lösen');
  await field(mail, 'Avsändarens namn').fill('Revisionsbyrån Ek & Ask i Örebro');
  await field(mail, 'Avsändaradress').fill('utskick@ekask.example');
  await mail.getByRole('button', { name: 'Spara e-postinställningar' }).click();
  await expect(page.getByText('E-postinställningarna är sparade')).toBeVisible();
  await expect(mail.getByText('Lösenord sparat')).toBeVisible();
  await mail.getByRole('button', { name: 'Skicka testmeddelande' }).click();
  const failed = mail.getByRole('alert');
  await expect(failed).toContainText(errorsSv['mail.auth']);
  await expect(failed).toContainText('Servern svarade: 535 Authentication failed');
  await page.screenshot({ path: 'test-results/e2e/mail-settings-auth.png', fullPage: true });
  expect(smtp.received).toHaveLength(0);

  // The right password replaces it; the test message arrives, to the address given.
  await mail.getByLabel('Nytt lösenord').fill(PASSWORD);
  await mail.getByRole('button', { name: 'Spara e-postinställningar' }).click();
  await expect(mail.getByLabel('Nytt lösenord')).toHaveValue('');
  await field(mail, 'Mottagare (valfri)').fill('anna@ekask.example');
  await mail.getByRole('button', { name: 'Skicka testmeddelande' }).click();
  const sent = mail.getByRole('status');
  await expect(sent).toContainText('Testmeddelandet skickades till anna@ekask.example.');
  await expect(sent).toContainText('Servern svarade: 250');
  await page.screenshot({ path: 'test-results/e2e/mail-settings-sent.png', fullPage: true });
  expect(smtp.received).toHaveLength(1);
  expect(smtp.received[0]!.subject).toBe('Testmeddelande från Kundstart: å ä ö');
  expect(smtp.received[0]!.from?.value[0]?.name).toBe('Revisionsbyrån Ek & Ask i Örebro');
  expect(smtp.envelopes[0]).toMatchObject({
    user: 'utskick@ekask.example',
    to: ['anna@ekask.example'],
  });

  // Removing the password: the card says so before the save, and no password is saved after.
  await mail.getByRole('button', { name: 'Ta bort lösenordet' }).click();
  await expect(mail.getByText('Lösenordet tas bort när du sparar.')).toBeVisible();
  await mail.getByRole('button', { name: 'Spara e-postinställningar' }).click();
  await expect(mail.getByLabel('Lösenord', { exact: true })).toHaveValue('');
  await expect(mail.getByText('Lösenord sparat')).toBeHidden();
  expect(app.cli('bureau', 'set', '--sender', 'utskick@ekask.example', '--json')).toContain(
    '"hasPassword": false',
  );

  // A change not saved is not dropped silently on leaving the page.
  await field(mail, 'Avsändarens namn').fill('Ek & Ask');
  await page.getByRole('navigation').getByRole('link', { name: 'Kunder' }).click();
  const leave = page.getByRole('alertdialog', { name: 'Lämna utan att spara?' });
  await expect(leave).toContainText('E-post har ändringar som inte är sparade.');
  await leave.getByRole('button', { name: 'Lämna utan att spara' }).click();
  await expect(page.getByRole('heading', { name: 'Kunder', level: 1 })).toBeVisible();
});
