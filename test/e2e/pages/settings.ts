import { expect, type Page } from '@playwright/test';

/** The five time-settings sections in Blikk's order, as the page numbers them. */
export const SECTIONS = [
  '1 Arbetstid',
  '2 Tidkoder och frånvaro',
  '3 Övertid, mertid och flex',
  '4 Attest och låsning',
  '5 Löneexport',
] as const;
export const PROFILES = '6 Rapporteringsprofiler';

/** A customer's "Tidsinställningar och profiler" page, as a user sees it. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  /** From the customer page, by its button. */
  async openFromCustomer() {
    await this.page.getByRole('button', { name: 'Tidsinställningar och profiler' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Tidsinställningar och profiler', level: 1 }),
    ).toBeVisible();
  }

  /** The section on screen, by its h2 ("1 Arbetstid"). */
  section(name: string) {
    return this.page.getByRole('heading', { name, level: 2, exact: true });
  }

  /** The section's link in the list on the left; its name ends with the review state. */
  partLink(name: string) {
    return this.page
      .getByRole('navigation', { name: 'Avsnitt' })
      .getByRole('link', { name: new RegExp(`^${name}`) });
  }

  async open(name: string) {
    await this.partLink(name).click();
    await expect(this.section(name)).toBeVisible();
  }

  /** An hour field, typed as text: "8,5" is eight and a half hours. */
  hoursField(name: string) {
    return this.page.getByLabel(name, { exact: true });
  }

  /** Types into an hour field key by key, as staff do (fill() would bypass the keyboard). */
  async typeHours(name: string, text: string) {
    await this.hoursField(name).selectText();
    await this.hoursField(name).pressSequentially(text);
  }

  async saveAndReview() {
    await this.page.getByRole('button', { name: 'Spara och markera som granskad' }).click();
  }

  outOfOrderWarning() {
    return this.page
      .getByRole('alert')
      .filter({ hasText: 'Blikk rekommenderar att tidsinställningarna görs i ordning' });
  }

  async addProfile(name: string, options: { clockTimesRequired?: boolean } = {}) {
    await this.page.getByRole('button', { name: 'Lägg till profil' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Ny rapporteringsprofil' });
    await dialog.getByRole('textbox', { name: 'Namn' }).fill(name);
    if (options.clockTimesRequired) {
      await dialog.getByRole('checkbox', { name: 'Klockslag krävs' }).check();
    }
    await dialog.getByRole('button', { name: 'Lägg till profilen' }).click();
    await expect(dialog).toBeHidden();
  }

  profileRow(name: string) {
    return this.page
      .getByRole('table', { name: 'Rapporteringsprofiler' })
      .getByRole('row')
      .filter({
        // The name cell heads the row; the default profile's also says "Standard".
        has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}(\\s|$)`) }),
      });
  }

  async reviewProfiles() {
    await this.page.getByRole('button', { name: 'Markera profilerna som granskade' }).click();
  }
}
