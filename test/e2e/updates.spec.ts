import { expect, test } from '@playwright/test';
import { ServedApp } from './host';

let app: ServedApp;
test.beforeEach(async () => {
  app = new ServedApp();
});
test.afterEach(async () => {
  await app.dispose();
});

test('automatic updates are off until staff turn them on with an https address', async ({
  page,
}) => {
  await page.goto(await app.start());
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const card = page.getByRole('form', { name: 'Uppdateringar' });
  const toggle = card.getByRole('switch', { name: 'Hämta uppdateringar automatiskt' });
  const address = card.getByRole('textbox', { name: 'Adress till uppdateringarna' });
  await expect(toggle).not.toBeChecked();
  await expect(address).toHaveValue('');

  await toggle.check();
  await card.getByRole('button', { name: 'Spara' }).click();
  await expect(card.getByText('Ange adressen som uppdateringarna hämtas från')).toBeVisible();

  await address.fill('http://uppdatering.byran.example/kundstart/');
  await card.getByRole('button', { name: 'Spara' }).click();
  await expect(card.getByText('Adressen måste börja med https://')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/updates-refused.png' });

  await address.fill('https://uppdatering.byran.example/kundstart/');
  await card.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Inställningen för uppdateringar är sparad')).toBeVisible();

  // Kept where the desktop app reads it at its next start.
  await page.reload();
  await expect(toggle).toBeChecked();
  await expect(address).toHaveValue('https://uppdatering.byran.example/kundstart/');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/updates-saved.png' });
});
