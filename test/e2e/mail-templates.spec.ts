import { expect, test, type Page } from '@playwright/test';
import { ServedApp } from './host';
import { PortfolioPage } from './pages/portfolio';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
  app.cli(
    'bureau',
    'set',
    '--name',
    'Ek & Ask Redovisning AB',
    '--orgnr',
    '556016-0680',
    '--reseller-agreement',
    'none',
    '--staff-name',
    'Anna Ek',
  );
  app.cli('customer', 'create', '--name', 'Åkesson Bygg AB', '--orgnr', '559244-0001');
});
test.afterEach(async () => {
  await app.dispose();
});

/** The message templates page ("Meddelandemallar"), as a user sees it. */
function templates(page: Page) {
  const editor = page.getByRole('region', { name: 'Text' });
  const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
  return {
    editor,
    preview,
    subject: editor.getByRole('textbox', { name: 'Ämne' }),
    body: editor.getByRole('textbox', { name: 'Meddelande' }),
    previewSubject: preview.getByTestId('preview-subject'),
    previewBody: preview.getByTestId('preview-body'),
    save: editor.getByRole('button', { name: 'Spara' }),
    reset: editor.getByRole('button', { name: 'Återställ standardtext' }),
  };
}

test('the welcome template is edited with a live preview, saved, and reset to the default', async ({
  page,
}) => {
  await new PortfolioPage(page).open(await app.start());
  await page.getByRole('navigation').getByRole('link', { name: 'Meddelandemallar' }).click();
  await expect(page.getByRole('heading', { name: 'Meddelandemallar', level: 1 })).toBeVisible();
  const t = templates(page);
  await expect(page.getByRole('tab', { name: 'Välkomstmeddelande' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(t.editor.getByText('Standardtext', { exact: true })).toBeVisible();
  // The default, rendered with sample data and signed by the bureau's staff member.
  await expect(t.previewSubject).toHaveText('Välkommen till Blikk, Örjan');
  await expect(t.previewBody).toContainText('Samma inloggning fungerar både på datorn och i appen');
  await expect(t.previewBody).toContainText('Anna Ek');
  await expect(t.save).toBeDisabled();

  await t.subject.fill('Hej {{user.firstName}}, välkommen från {{bureau.name}}');
  await expect(t.previewSubject).toHaveText('Hej Örjan, välkommen från Ek & Ask Redovisning AB');
  await expect(t.editor.getByText('Osparade ändringar')).toBeVisible();

  // A misspelt field is named under the editor, and the text cannot be saved with it.
  await t.body.fill('Hej {{user.fornamn}}!\n\nDitt konto hos ');
  await expect(t.editor.getByRole('alert')).toContainText(
    'Fältet {{user.fornamn}} finns inte för det här meddelandet.',
  );
  await expect(t.save).toBeDisabled();
  await t.body.fill('Hej {{user.firstName}}!\n\nDitt konto hos ');
  await expect(t.editor.getByRole('alert')).toHaveCount(0);
  // A field is inserted where the cursor stands.
  await t.body.press('End');
  await t.editor.getByRole('button', { name: 'Infoga Kundens namn' }).click();
  await expect(t.body).toHaveValue('Hej {{user.firstName}}!\n\nDitt konto hos {{customer.name}}');
  await expect(t.previewBody).toContainText('Ditt konto hos Exempelbolaget i Åre AB');
  await page.screenshot({ path: 'test-results/e2e/mail-templates-edit.png', fullPage: true });
  // The preview with a real customer's data instead of the sample.
  await t.preview.getByRole('combobox', { name: 'Förhandsgranska med kund' }).click();
  await page.getByRole('option', { name: 'Åkesson Bygg AB (559244-0001)' }).click();
  await expect(t.previewBody).toContainText('Ditt konto hos Åkesson Bygg AB');

  // Another kind while the text is unsaved: asked first, and staying keeps the text.
  await page.getByRole('tab', { name: 'Påminnelse' }).click();
  const discard = page.getByRole('alertdialog', { name: 'Lämna osparade ändringar?' });
  await discard.getByRole('button', { name: 'Avbryt' }).click();
  await expect(t.subject).toHaveValue('Hej {{user.firstName}}, välkommen från {{bureau.name}}');

  await t.save.click();
  await expect(page.getByText('Mallen är sparad.', { exact: true })).toBeVisible();
  await expect(t.editor.getByText(/^Ändrad /)).toBeVisible();
  await page.reload();
  await expect(t.subject).toHaveValue('Hej {{user.firstName}}, välkommen från {{bureau.name}}');
  await expect(t.previewSubject).toHaveText('Hej Örjan, välkommen från Ek & Ask Redovisning AB');
  // The English welcome is still the default.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(t.previewSubject).toHaveText('Welcome to Blikk, Örjan');
  await page.getByRole('button', { name: 'Svenska' }).click();

  await t.reset.click();
  const confirm = page.getByRole('alertdialog', { name: 'Återställa standardtexten?' });
  await expect(confirm).toContainText('Välkomstmeddelande (Svenska)');
  await confirm.getByRole('button', { name: 'Återställ' }).click();
  await expect(page.getByText('Standardtexten används igen.', { exact: true })).toBeVisible();
  await expect(t.subject).toHaveValue('Välkommen till Blikk, {{user.firstName}}');
  await expect(t.previewSubject).toHaveText('Välkommen till Blikk, Örjan');
  await expect(t.editor.getByText('Standardtext', { exact: true })).toBeVisible();
});
