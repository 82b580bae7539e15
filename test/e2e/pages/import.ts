import { expect, type Locator, type Page } from '@playwright/test';

/** Importing a customer's users from a file ("Importera användare"), as the bureau sees it. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  /** From the users page: its "Importera från fil…" button. */
  async open() {
    await this.page.getByRole('link', { name: 'Importera från fil…' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Importera användare', level: 1 }),
    ).toBeVisible();
  }

  /** Chooses the file through the page's file picker (what "Välj fil…" opens). */
  async chooseFile(path: string) {
    await this.page.getByLabel('Fil att importera').setInputFiles(path);
  }

  /** One of the counts at the top: Rader, Godtagna, Avvisade, Skapas, Uppdateras, Oförändrade. */
  count(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Sammanfattning av filen' })
      .getByText(name, { exact: true })
      .locator('xpath=following-sibling::*[1]');
  }

  mappingFor(header: string): Locator {
    return this.page.getByRole('combobox', { name: `Fält för kolumnen ${header}` });
  }

  grid() {
    return this.page.getByRole('grid', { name: 'Rader i filen' });
  }

  /** The preview row of a spreadsheet line (header = 1). */
  row(line: number): Locator {
    return this.grid()
      .getByRole('row')
      .filter({
        has: this.page.locator('[data-field="line"]', { hasText: new RegExp(`^${line}$`) }),
      });
  }

  status(line: number): Locator {
    return this.row(line).locator('[data-field="status"]');
  }

  /** One cell of the preview, by its line and the column's name in Swedish (e.g. "E-post"). */
  async cell(line: number, column: string): Promise<Locator> {
    const field = await this.grid()
      .getByRole('columnheader', { name: column, exact: true })
      .getAttribute('data-field');
    return this.row(line).locator(`[data-field="${field}"]`);
  }

  /** Corrects one cell of the preview, by the column's field name in Swedish (e.g. "E-post"). */
  async fixCell(line: number, column: string, value: string) {
    const index = await this.grid()
      .getByRole('columnheader', { name: column, exact: true })
      .getAttribute('data-field');
    const cell = this.row(line).locator(`[data-field="${index}"]`);
    await cell.dblclick();
    const input = cell.getByRole('textbox');
    await input.fill(value);
    await input.press('Enter');
  }

  commitButton(): Locator {
    return this.page.getByRole('button', { name: /^Importera \d+ användare$/ });
  }
}
