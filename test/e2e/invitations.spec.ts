import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { ServedApp } from './host';
import { InvitationsPage } from './pages/invitations';
import { PortfolioPage } from './pages/portfolio';

const CUSTOMER = 'Åkesson Bygg AB';
const SHOTS = 'test-results/e2e';

/** Three complete users (an approver and her two reporters), test personnummer only. */
const USERS_CSV = [
  'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet;Attestansvarig',
  'Märta;Müller;marta@akesson.example;189001299800;1;Månadslön;Attestansvarig;1',
  'Åsa;Öberg;asa@akesson.example;189001159806;2;Månadslön;Rapportör;1',
  'Bo;Ström;bo@akesson.example;;3;Timlön;Rapportör;1',
].join('\r\n');

/** Calls one operation of the contract as the page does: POST /api/<channel> with the token. */
async function invokeOn(url: string, channel: string, input: object): Promise<unknown> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${searchParams.get('token') ?? ''}`,
    },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

let app: ServedApp;
let smtp: TestSmtp;
let smtpPort = 0;

/** How many messages the loopback server received for `address`. */
const receivedBy = (address: string) => smtp.recipients().filter((a) => a === address).length;
test.beforeEach(async () => {
  app = new ServedApp();
  smtp = await startTestSmtp();
  smtpPort = smtp.port;
  app.cli(
    'bureau',
    'set',
    '--name',
    'Ek & Ask Redovisning AB',
    '--orgnr',
    '556016-0680',
    '--staff-name',
    'Anna Ek',
  );
  app.cli(
    'customer',
    'create',
    '--name',
    CUSTOMER,
    '--orgnr',
    '5592440001',
    '--licences',
    '5',
    '--contact-name',
    'Karin Åkesson',
    '--contact-email',
    'karin@akesson.example',
    '--contact-phone',
    '070-123 45 67',
    '--contact-personnummer',
    '189001019802',
  );
  const file = join(app.dir, 'personal.csv');
  writeFileSync(file, `${USERS_CSV}\r\n`);
  app.cli('users', 'import', '--customer', '5592440001', file);
});
test.afterEach(async () => {
  await app.dispose();
  await smtp.stop();
});

test('the primary contact is informed, the complete users invited, a refused one shown with its reason and retried until sent', async ({
  page,
}) => {
  const screens = new InvitationsPage(page);
  const portfolio = new PortfolioPage(page);
  const url = await app.start();
  // The bureau's mail server: the loopback one, without TLS (allowed on loopback only).
  await invokeOn(url, 'mail:saveSettings', {
    host: '127.0.0.1',
    port: smtpPort,
    security: 'none',
    username: '',
    senderName: 'Ek & Ask Redovisning',
    senderAddress: 'byra@ekask.example',
  });
  await portfolio.open(url);
  await portfolio.customerLink(CUSTOMER).click();
  await expect(page.getByRole('heading', { name: CUSTOMER, level: 1 })).toBeVisible();

  // Step 4: preview the summary, then send it; the worker sends it in the background.
  const card = screens.contactCard();
  await expect(screens.contactState()).toHaveText('Inte informerad');
  await card.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska meddelandet' });
  await expect(preview.getByText('Karin Åkesson <karin@akesson.example>')).toBeVisible();
  await expect(preview.getByTestId('preview-text')).toContainText('Åsa');
  await page.screenshot({ path: `${SHOTS}/invitations-preview.png` });
  // The HTML part, in a sandboxed frame the page's CSP allows.
  await preview.getByRole('tab', { name: 'Som e-post (HTML)' }).click();
  await expect(
    preview.frameLocator('iframe[title="Meddelandet som HTML"]').getByText(/Åsa Öberg/),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/invitations-preview-html.png` });
  await preview.getByRole('button', { name: 'Stäng' }).click();
  await card.getByRole('button', { name: 'Skicka' }).click();
  await expect(screens.contactState()).toContainText(/Skickat \d+ \w+\.? \d{4} av/);
  await card.screenshot({ path: `${SHOTS}/invitations-contact.png` });
  expect(receivedBy('karin@akesson.example')).toBe(1);

  // Step 5: every complete user invited at once; the server refuses Bo's address.
  smtp.behaviour.refuseRecipients = ['bo@akesson.example'];
  await page.getByRole('button', { name: 'Användare', exact: true }).click();
  await expect(screens.invitation('Åsa')).toHaveText('Ej inbjuden');
  await page.getByRole('button', { name: 'Bjud in alla kompletta' }).click();
  await expect(screens.snackbar()).toContainText('3 inbjudningar i kö');
  await expect(screens.invitation('Åsa')).toHaveText(/^Skickad \d/);
  await expect(screens.invitation('Märta')).toHaveText(/^Skickad \d/);
  await expect(screens.invitation('Bo')).toHaveText('Misslyckad');
  // The reason is read out with the state, not only shown on hover.
  await expect(screens.invitation('Bo')).toHaveAttribute('aria-label', /Misslyckad\. Orsak: .+/);
  // Wide enough for the invitation column, which follows the article's checks.
  await page.setViewportSize({ width: 1760, height: 900 });
  await page.screenshot({ path: `${SHOTS}/invitations-users.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The outbox counts the failure, names it, and sends it again once the server accepts.
  await screens.openOutbox();
  const bo = screens.outboxRow('bo@akesson.example');
  await expect(bo.locator('[data-field="state"]')).toHaveText('Misslyckat');
  await expect(bo.locator('[data-field="errorText"]')).not.toBeEmpty();
  await page.screenshot({ path: `${SHOTS}/invitations-outbox-failed.png` });
  smtp.behaviour.refuseRecipients = [];
  await bo.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await expect(bo.locator('[data-field="state"]')).toHaveText('Skickat');
  await page.screenshot({ path: `${SHOTS}/invitations-outbox-sent.png` });

  await page.goBack();
  await expect(screens.invitation('Bo')).toHaveText(/^Skickad \d/);
  // One message per recipient, the retried one included: never twice.
  for (const address of ['asa@akesson.example', 'marta@akesson.example', 'bo@akesson.example']) {
    expect(receivedBy(address)).toBe(1);
  }
});

test('without a mail server the contact card says where to set one up, and the contact is marked as informed another way with a note', async ({
  page,
}) => {
  const screens = new InvitationsPage(page);
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  await portfolio.customerLink(CUSTOMER).click();
  const card = screens.contactCard();
  await card.getByRole('button', { name: 'Skicka' }).click();
  await expect(card.getByRole('alert')).toContainText('Ingen e-postserver är inställd');
  const settings = card.getByRole('link', { name: 'Öppna byråns e-postinställningar' });
  await expect(settings).toHaveAttribute('href', /\/bureau$/);
  await card.screenshot({ path: `${SHOTS}/invitations-contact-no-server.png` });

  await card.getByRole('button', { name: 'Markera som informerad på annat sätt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Markera som informerad på annat sätt' });
  await dialog.getByRole('button', { name: 'Markera som informerad' }).click();
  await expect(dialog.getByText('Skriv hur kontaktpersonen informerades.')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Hur informerades kontaktpersonen?' })
    .fill('Telefonsamtal med Karin 7/12');
  await dialog.getByRole('button', { name: 'Markera som informerad' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(screens.contactState()).toHaveText(/^Informerad på annat sätt \d+ \w+\.? \d{4} av/);
  await expect(card.getByText('Telefonsamtal med Karin 7/12')).toBeVisible();
  // The refusal of sending is old news once the contact is informed.
  await expect(card.getByRole('alert')).toHaveCount(0);
  await card.screenshot({ path: `${SHOTS}/invitations-contact-other.png` });
  expect(smtp.received).toHaveLength(0);

  // Undone, the customer is back to not informed.
  await card.getByRole('button', { name: 'Ångra markeringen' }).click();
  await expect(screens.contactState()).toHaveText('Inte informerad');

  // The checklist's step 4 leads to the card.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('link', { name: '4. Primärkontakt informerad' }).click();
  await expect(card).toBeInViewport({ ratio: 0.9 });
});

test('a message cut off mid-send is shown for staff to confirm, never resent by itself, and marked as sent', async ({
  page,
}) => {
  // A server that takes the message but never answers DATA, and an invite killed meanwhile.
  const holding = await startTestSmtp(0, { holdData: true });
  app.cli(
    'bureau',
    'set',
    '--smtp-url',
    `smtp://127.0.0.1:${holding.port}`,
    '--sender',
    'Ek & Ask Redovisning <byra@ekask.example>',
  );
  const bin = fileURLToPath(new URL('../../electron/cli/bin.js', import.meta.url));
  const invite = spawn(
    process.execPath,
    [bin, '--db', app.db, 'invite', '--customer', '5592440001', '--all-complete'],
    { stdio: 'ignore' },
  );
  try {
    await holding.waitForData(1, 60_000);
  } finally {
    invite.kill('SIGKILL');
  }
  await new Promise((resolve) => invite.once('exit', resolve));
  await holding.stop();

  const screens = new InvitationsPage(page);
  await new PortfolioPage(page).open(await app.start());
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const needsAction = nav.getByText(/^\d+ meddelanden? behöver åtgärd$/);
  await expect(needsAction).toBeAttached();
  await screens.openOutbox();
  const alert = page.getByRole('alert').filter({ hasText: 'Sändningen avbröts' });
  await expect(alert).toContainText('kom meddelandet fram?');
  const interrupted = screens.outboxGrid().locator('[data-state="interrupted"]');
  await expect(interrupted.first()).toBeVisible();
  const cut = await interrupted.count();
  await page.screenshot({ path: `${SHOTS}/invitations-outbox-interrupted.png` });

  await alert.getByRole('button', { name: 'Markera som skickat' }).click();
  await expect(alert).toHaveCount(0);
  await expect(interrupted).toHaveCount(0);
  await expect(screens.outboxGrid().locator('[data-state="sent"]')).toHaveCount(cut);
  await expect(needsAction).toHaveCount(0);
});

test('a user without e-mail invited from the grid gets a BankID letter, downloaded as a PDF', async ({
  page,
}) => {
  const file = join(app.dir, 'utan-epost.csv');
  writeFileSync(
    file,
    `${USERS_CSV.split('\r\n')[0]}\r\nUlla;Utan;;189002129808;4;Månadslön;Rapportör;1\r\n`,
  );
  app.cli('users', 'import', '--customer', '5592440001', file);
  app.cli(
    'bureau',
    'set',
    '--smtp-url',
    `smtp://127.0.0.1:${smtpPort}`,
    '--sender',
    'Ek & Ask Redovisning <byra@ekask.example>',
  );
  const screens = new InvitationsPage(page);
  const portfolio = new PortfolioPage(page);
  await portfolio.open(await app.start());
  await portfolio.customerLink(CUSTOMER).click();
  await page.getByRole('button', { name: 'Användare', exact: true }).click();
  await page.getByRole('combobox', { name: 'Inbjudan' }).click();
  await page.getByRole('option', { name: 'Ej inbjudna' }).click();
  await expect(page).toHaveURL(/invitation=notInvited/);
  const ulla = screens
    .usersGrid()
    .getByRole('row')
    .filter({ has: page.locator('[data-field="firstName"]', { hasText: 'Ulla' }) });
  await ulla.getByRole('checkbox').check();
  await screens.inviteToolbar().getByRole('button', { name: 'Bjud in markerade' }).click();

  const letters = page.getByRole('dialog', { name: 'BankID-brev' });
  await expect(letters).toContainText('1 användare saknar e-post');
  await page.screenshot({ path: `${SHOTS}/invitations-letters.png` });
  const download = page.waitForEvent('download');
  await letters.getByRole('button', { name: 'Ladda ner BankID-brev (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expect(letters).toHaveCount(0);
  // Invited by letter: no longer among the not invited, and no e-mail went anywhere.
  await page.getByRole('combobox', { name: 'Inbjudan' }).click();
  await page.getByRole('option', { name: 'BankID-brev' }).click();
  await expect(screens.invitation('Ulla')).toHaveText(/^BankID-brev \d/);
  expect(smtp.received).toHaveLength(0);
});
