import { expect, type Locator, type Page } from '@playwright/test';

/** The mail screens as staff see them: the contact card, the users' invitations, the outbox. */
export class InvitationsPage {
  constructor(private readonly page: Page) {}

  contactCard(): Locator {
    return this.page.getByRole('region', { name: 'Informera kundens kontaktperson' });
  }

  contactState(): Locator {
    return this.contactCard().getByTestId('contact-state');
  }

  usersGrid(): Locator {
    return this.page.getByRole('grid', { name: 'Användare' });
  }

  /** The invitation chip of the user whose first name cell reads `firstName`. */
  invitation(firstName: string): Locator {
    return this.usersGrid()
      .getByRole('row')
      .filter({ has: this.page.locator('[data-field="firstName"]', { hasText: firstName }) })
      .locator('[data-field="invitation"] .MuiChip-root');
  }

  inviteToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Inbjudningar' });
  }

  outboxGrid(): Locator {
    return this.page.getByRole('grid', { name: 'Meddelanden i utkorgen' });
  }

  outboxRow(recipient: string): Locator {
    return this.outboxGrid()
      .getByRole('row')
      .filter({ has: this.page.locator('[data-field="recipient"]', { hasText: recipient }) });
  }

  async openOutbox() {
    await this.page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: /Utkorg/ })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Utkorg', level: 1 })).toBeVisible();
  }

  snackbar(): Locator {
    return this.page.locator('.MuiSnackbar-root');
  }
}
