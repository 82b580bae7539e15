import type { Handlers } from '../../shared/contract/handlers';
import { createAppHandlers } from './app/app-handlers';
import { createBackupHandlers } from './backup/backup-handlers';
import { createBlikkHandlers } from './blikk/blikk-handlers';
import type { ServiceContext } from './context';
import { createCustomerHandlers } from './customers/customer-handlers';
import { createImportHandlers } from './import/import-handlers';
import { createInvoiceHandlers } from './invoices/invoice-handlers';
import { createMailHandlers } from './mail/mail-handlers';
import { createOfflineDraftHandlers } from './offline/draft-handlers';
import { createPrivacyHandlers } from './privacy/privacy-handlers';
import { createSettingsHandlers } from './settings/settings-handlers';
import { createUserHandlers } from './users/user-handlers';

/**
 * One handler per channel of the contract, joined from the domains' maps (as Actual's createApp
 * does): the compiler refuses a missing channel, and a channel two domains both claim stops the
 * core at start rather than one silently replacing the other.
 */
export function createHandlers(ctx: ServiceContext): Handlers {
  // In the order of the onboarding, then the month.
  const domains = [
    createAppHandlers(ctx),
    createCustomerHandlers(ctx),
    createSettingsHandlers(ctx),
    createUserHandlers(ctx),
    createImportHandlers(ctx),
    createMailHandlers(ctx),
    createBlikkHandlers(ctx),
    createInvoiceHandlers(ctx),
    createPrivacyHandlers(ctx),
    createBackupHandlers(ctx),
  ] as const;
  assertDisjoint(domains);
  const [app, customers, settings, users, imports, mail, blikk, invoices, privacy, backups] =
    domains;
  return {
    ...app,
    ...customers,
    ...settings,
    ...users,
    ...imports,
    ...mail,
    ...blikk,
    ...invoices,
    ...privacy,
    ...backups,
    // Issue 16 item 6, added after the others: a map of its own, outside the ordered list above.
    ...createOfflineDraftHandlers(ctx),
  };
}

function assertDisjoint(maps: readonly object[]): void {
  const seen = new Set<string>();
  for (const name of maps.flatMap((m) => Object.keys(m))) {
    if (seen.has(name)) throw new Error(`Two domains handle the channel ${name}`);
    seen.add(name);
  }
}
