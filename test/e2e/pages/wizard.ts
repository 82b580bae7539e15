import { expect, type Page } from '@playwright/test';

export interface CustomerDetails {
  name: string;
  orgnr: string;
  invoiceEmail: string;
  contactName: string;
  contactEmail: string;
  personnummer?: string;
}

/** The create-collaboration wizard ("Nytt samarbete"). */
export class WizardPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Ny kund' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Nytt samarbete' })).toBeVisible();
  }

  next() {
    return this.page.getByRole('button', { name: 'Nästa' });
  }

  back() {
    return this.page.getByRole('button', { name: 'Tillbaka', exact: true });
  }

  /** The notice that a saved draft was restored. */
  draftBanner() {
    return this.page.getByRole('alert').filter({ hasText: 'Du fortsätter där du slutade' });
  }

  personnummer() {
    return this.page.getByRole('textbox', { name: 'Personnummer (valfritt)', exact: true });
  }

  async chooseEasyAndLicences(licences: number) {
    await this.page.getByRole('radio', { name: /Blikk Easy/ }).check();
    await this.next().click();
    await this.page.getByRole('spinbutton', { name: 'Antal licenser' }).fill(String(licences));
    await this.next().click();
  }

  async fillCustomer(d: CustomerDetails) {
    const field = (name: string) => this.page.getByRole('textbox', { name, exact: true });
    await field('Kundens namn').fill(d.name);
    await field('Organisationsnummer').fill(d.orgnr);
    await field('E-post för fakturor').fill(d.invoiceEmail);
    await field('Kontaktpersonens namn').fill(d.contactName);
    await field('Kontaktpersonens e-post').fill(d.contactEmail);
    if (d.personnummer) await field('Personnummer (valfritt)').fill(d.personnummer);
  }

  collectiveInvoice() {
    return this.page.getByRole('radio', { name: /Byrån \(samlingsfaktura/ });
  }

  async create() {
    await this.page.getByRole('button', { name: 'Skapa samarbete' }).click();
    await expect(this.page.getByText('Samarbetet är skapat')).toBeVisible();
  }
}
