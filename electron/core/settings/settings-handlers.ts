import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import { exportSetupSheet } from '../setup-sheet/setup-sheet-service';
import { deleteProfile, saveProfile } from './profile-service';
import { getSettings, reviewPart, saveSection } from './settings-service';
import {
  copySettings,
  createTemplateFromCustomer,
  deleteTemplate,
  listTemplates,
} from './template-service';

type SettingsChannel = ChannelsOf<
  | `settings:${string}`
  | `templates:${string}`
  | `profiles:${string}`
  | 'holidays:list'
  | 'setupSheet:export'
>;

/** Step 2: the account's time settings, reporting profiles, templates and the setup sheet. */
export function createSettingsHandlers(ctx: ServiceContext): DomainHandlers<SettingsChannel> {
  return {
    'settings:get': ({ customerId }) => getSettings(ctx, customerId),
    'settings:save': (input) => saveSection(ctx, input, { requireVersion: true }),
    'settings:review': (input) => reviewPart(ctx, input),
    'settings:copy': (input) => copySettings(ctx, input),
    'templates:list': () => listTemplates(ctx),
    'templates:createFromCustomer': (input) => createTemplateFromCustomer(ctx, input),
    'templates:delete': ({ id }) => deleteTemplate(ctx, id),
    'profiles:list': async ({ customerId }) => (await getSettings(ctx, customerId)).profiles,
    'profiles:save': (input) => saveProfile(ctx, input, { requireVersion: true }),
    'profiles:delete': (input) => deleteProfile(ctx, input),
    // date-holidays is loaded when asked for, not at start (every CLI command would pay).
    'holidays:list': async ({ year }) =>
      (await import('../holidays/holidays')).swedishHolidays(year),
    'setupSheet:export': ({ customerId }) => exportSetupSheet(ctx, customerId),
  };
}
