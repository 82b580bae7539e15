import { expect, type Page } from '@playwright/test';

/** The bureau's price lists ("Prislistor") and a customer's add-on services, as a user sees them. */
export class PricesPage {
  constructor(private readonly page: Page) {}

  /** From the bureau profile's card, the way a user finds the price lists. */
  async openFromBureau() {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Byråprofil' }).click();
    await this.priceCard().getByRole('link', { name: 'Öppna prislistorna' }).click();
    await expect(this.page.getByRole('heading', { name: 'Prislistor', level: 1 })).toBeVisible();
  }

  priceCard() {
    return this.page.getByRole('region', { name: 'Prislistor för samlingsfaktura' });
  }

  /** One version's card, by its heading ("Från 1 jan. 2025"). */
  version(heading: string) {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  versions() {
    return this.page.getByRole('list', { name: 'Prisversioner, nyast först' }).getByRole('heading');
  }

  /** A row of a version's price table, by the service it prices. */
  priceRow(heading: string, service: string) {
    return this.version(heading)
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader', { name: service, exact: true }),
      });
  }

  newVersionDialog() {
    return this.page.getByRole('dialog', { name: 'Ny prisversion' });
  }

  async startNewVersion() {
    await this.page.getByRole('button', { name: 'Ny prisversion' }).click();
    await expect(this.newVersionDialog()).toBeVisible();
  }

  /** The licence's price fields: the first "Listpris" and "ÅF-pris" of the form. */
  licenceField(name: 'Listpris' | 'ÅF-pris') {
    return this.newVersionDialog().getByRole('textbox', { name, exact: true });
  }

  async importFile(path: string) {
    await this.page.getByLabel('Välj en prislista (JSON)').setInputFiles(path);
  }

  snackbar() {
    return this.page.locator('.MuiSnackbar-root');
  }
}

/** The add-on services panel ("Tilläggstjänster") of a customer's page. */
export class AddonsPanel {
  constructor(private readonly page: Page) {}

  panel() {
    return this.page.getByRole('region', { name: 'Tilläggstjänster' });
  }

  row(name: string) {
    return this.panel()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  }

  addDialog() {
    return this.page.getByRole('dialog', { name: 'Lägg till tilläggstjänst' });
  }

  async add(option: string, from: string) {
    await this.panel().getByRole('button', { name: 'Lägg till tilläggstjänst' }).click();
    const dialog = this.addDialog();
    await dialog.getByRole('combobox', { name: 'Tilläggstjänst' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${option}`) }).click();
    await dialog.getByRole('textbox', { name: 'Startdatum' }).fill(from);
  }

  async end(name: string, to: string) {
    await this.row(name)
      .getByRole('button', { name: `Avsluta ${name}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Avsluta ${name}` });
    await dialog.getByRole('textbox', { name: 'Slutdatum' }).fill(to);
    await dialog.getByRole('button', { name: 'Spara slutdatum' }).click();
    await expect(dialog).toBeHidden();
  }

  history() {
    return this.page.getByRole('table', { name: 'Ändringshistorik' });
  }
}
