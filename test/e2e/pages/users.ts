import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export interface UserDetails {
  firstName: string;
  lastName: string;
  email?: string;
  personnummer?: string;
  employeeNumber?: string;
  salaryForm?: 'Månadslön' | 'Timlön';
  role?: 'Rapportör' | 'Attestansvarig' | 'Administratör';
  /** An option of the approver field, e.g. "Anna Ek (sig själv)". */
  approver?: string;
}

/** A customer's users ("Användare"), as a user of the bureau sees the page. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  /** From the customer list: the customer, then its "Användare" button. */
  async open(customerName: string) {
    await this.page
      .getByRole('grid', { name: 'Kunder' })
      .getByRole('link', { name: customerName })
      .click();
    await expect(this.page.getByRole('heading', { name: customerName, level: 1 })).toBeVisible();
    await this.page.getByRole('button', { name: 'Användare', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Användare', level: 1 })).toBeVisible();
  }

  grid() {
    return this.page.getByRole('grid', { name: 'Användare' });
  }

  /**
   * Drags a file from the desktop onto the page and lets go, as in Explorer or Finder: the page
   * shows where to drop while the file is over it. The file's bytes go in unchanged.
   */
  async dropFile(path: string) {
    const file = { name: basename(path), base64: readFileSync(path).toString('base64') };
    const dataTransfer = await this.page.evaluateHandle(({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      return transfer;
    }, file);
    // Anywhere on the page: an empty customer has no grid yet, only its heading and empty state.
    const target = this.page.getByRole('heading', { name: 'Användare', level: 1 });
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(this.page.getByText('Släpp filen för att importera användare')).toBeVisible();
    await target.dispatchEvent('drop', { dataTransfer });
  }

  /** The grid row whose first and last name cells read `firstName` and `lastName`. */
  row(firstName: string, lastName: string): Locator {
    return this.grid()
      .getByRole('row')
      .filter({ has: this.page.locator('[data-field="firstName"]', { hasText: firstName }) })
      .filter({ has: this.page.locator('[data-field="lastName"]', { hasText: lastName }) });
  }

  /** One cell of a user's row, by the grid's field name (email, employeeNumber, approverId…). */
  cell(firstName: string, lastName: string, field: string): Locator {
    return this.row(firstName, lastName).locator(`[data-field="${field}"]`);
  }

  /** Opens a cell for editing and types into it (without committing). */
  async typeInCell(firstName: string, lastName: string, field: string, text: string) {
    const cell = this.cell(firstName, lastName, field);
    await cell.dblclick();
    const input = cell.getByRole('textbox');
    await input.fill(text);
    return input;
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async startNewUser() {
    await this.page.getByRole('button', { name: 'Ny användare' }).click();
    await expect(this.dialog().getByRole('heading', { name: 'Ny användare' })).toBeVisible();
  }

  field(name: string) {
    return this.dialog().getByRole('textbox', { name, exact: true });
  }

  async choose(field: string, option: string) {
    await this.dialog().getByRole('combobox', { name: field }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillUser(d: UserDetails) {
    await this.field('Förnamn').fill(d.firstName);
    await this.field('Efternamn').fill(d.lastName);
    if (d.email !== undefined) await this.field('E-post').fill(d.email);
    if (d.personnummer !== undefined) await this.field('Personnummer').fill(d.personnummer);
    if (d.employeeNumber !== undefined) {
      await this.field('Anställningsnummer').fill(d.employeeNumber);
    }
    if (d.salaryForm) await this.choose('Löneform', d.salaryForm);
    if (d.role) await this.choose('Behörighet', d.role);
    if (d.approver) await this.choose('Attestansvarig', d.approver);
  }

  saveButton() {
    return this.dialog().getByRole('button', { name: /^(Lägg till användaren|Spara)$/ });
  }

  /** Ticks the row's own checkbox (the grid's multi-select). */
  async select(firstName: string, lastName: string) {
    await this.row(firstName, lastName).getByRole('checkbox').check();
  }

  bulkToolbar() {
    return this.page.getByRole('toolbar', { name: 'Åtgärder för markerade användare' });
  }

  licences() {
    return this.page.getByRole('region', { name: 'Licenser' });
  }

  snackbar() {
    return this.page.locator('.MuiSnackbar-root');
  }

  /** Whether a column's header lies wholly inside the grid as shown, without scrolling sideways. */
  async columnInView(headerName: string): Promise<boolean> {
    const grid = await this.grid().boundingBox();
    const header = this.grid().getByRole('columnheader', { name: headerName, exact: true });
    if (!grid || (await header.count()) === 0) return false;
    const box = await header.boundingBox();
    return box !== null && box.x >= grid.x && box.x + box.width <= grid.x + grid.width;
  }

  /** Selects the rows and asks to delete them: the confirmation opens. */
  async askToDelete(...names: [string, string][]) {
    for (const [first, last] of names) await this.select(first, last);
    await this.bulkToolbar().getByRole('button', { name: 'Ta bort…' }).click();
    return this.page.getByRole('alertdialog');
  }
}
