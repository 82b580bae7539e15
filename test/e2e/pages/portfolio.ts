import { expect, type Page } from '@playwright/test';

/** The customer list ("Kunder"), as a user sees it. */
export class PortfolioPage {
  constructor(private readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Kunder', level: 1 })).toBeVisible();
  }

  async search(text: string) {
    await this.page.getByLabel('Sök på namn eller organisationsnummer').fill(text);
  }

  customerLink(name: string) {
    return this.page.getByRole('grid', { name: 'Kunder' }).getByRole('link', { name });
  }

  rows() {
    return this.page.getByRole('grid', { name: 'Kunder' }).locator('.MuiDataGrid-row');
  }
}
