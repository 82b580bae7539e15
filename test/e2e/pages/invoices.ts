import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** A row's cells as the eye reads them: Swedish numbers' no-break spaces as plain spaces. */
async function cellTexts(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).map((text) =>
    text.replace(/\s+/g, ' ').trim(),
  );
}

/** The month's collective invoice ("Samlingsfaktura"), as a user of the bureau sees it. */
export class InvoicesPage {
  constructor(private readonly page: Page) {}

  /** From the menu: the page opens on last month, the one the bureau checks. */
  async openFromMenu(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Kunder', level: 1 })).toBeVisible();
    await this.page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Samlingsfaktura' })
      .click();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A figure of the month's summary, by its label ("Att betala", "Moms 25 %"…). */
  total(label: string) {
    return this.page.locator(
      `xpath=//dl//dt[normalize-space(.)="${label}"]/following-sibling::dd[1]`,
    );
  }

  /** The explanation under a figure (the second dd of its card). */
  totalHint(label: string) {
    return this.page.locator(
      `xpath=//dl//dt[normalize-space(.)="${label}"]/following-sibling::dd[2]`,
    );
  }

  grid() {
    return this.page.getByRole('grid', { name: 'Kunder på samlingsfakturan' });
  }

  /** The customer's row in the invoice grid (not the row of its lines below it). */
  row(name: string) {
    return this.grid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  cell(name: string, field: string) {
    return this.row(name).locator(`[data-field="${field}"]`);
  }

  expandButton(name: string) {
    return this.grid().getByRole('button', { name: new RegExp(`raderna för ${name}$`) });
  }

  /** The customer's invoice lines, once its row is expanded. */
  lines(name: string) {
    return this.page.getByRole('table', { name: `Fakturarader för ${name}` });
  }

  /** The cells of one invoice line, by the text of its first cell. */
  lineCells(customer: string, line: string): Promise<string[]> {
    return cellTexts(this.lines(customer).getByRole('row').filter({ hasText: line }));
  }

  /** The cells of the month's row in the table under the charts. */
  trendCells(monthName: string): Promise<string[]> {
    return cellTexts(this.trendTable().getByRole('row').filter({ hasText: monthName }));
  }

  async openTab(name: 'Månaden' | 'Jämfört med föregående månad' | '12 månader') {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  comparisonGrid() {
    return this.page.getByRole('grid', { name: 'Kunder vars fakturarader ändrades' });
  }

  trendTable() {
    return this.page.getByRole('table', { name: 'Licenser och belopp per månad' });
  }

  /** Chooses a format in the "Exportera" menu and waits for the file. */
  async exportAs(format: string): Promise<Download> {
    await this.page.getByRole('button', { name: 'Exportera' }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: format }).click();
    return download;
  }

  snackbar() {
    return this.page.locator('.MuiSnackbar-root');
  }
}
