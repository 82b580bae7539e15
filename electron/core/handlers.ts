import type { Handlers } from '../../shared/contract/handlers';
import { listAudit } from './audit/audit-service';
import { collectiveCustomers, getBureau, saveBureau } from './bureau/bureau-service';
import {
  createCustomer,
  findByOrgnr,
  getCustomer,
  listCustomers,
  revealContactPersonnummer,
  updateCustomer,
} from './customers/customer-service';
import { discardDraft, getDraft, saveDraft } from './drafts/draft-service';
import { getPreferences, setPreferences } from './preferences/preference-service';
import { KNOWN_MIGRATIONS } from './db/data-source';
import type { ServiceContext } from './context';
import { createMailHandlers } from './mail/mail-handlers';
import { onboardingOverview } from './onboarding/onboarding-service';
import { deleteProfile, saveProfile } from './settings/profile-service';
import { getSettings, reviewPart, saveSection } from './settings/settings-service';
import {
  copySettings,
  createTemplateFromCustomer,
  deleteTemplate,
  listTemplates,
} from './settings/template-service';
import { exportSetupSheet } from './setup-sheet/setup-sheet-service';
import { getLicences, setLicences } from './users/licence-service';
import { exportUsers } from './import/export-service';
import { cancelImport, checkTable, importUsers, readForPreview } from './import/import-service';
import { addAddon, deleteAddon, endAddon, listAddons } from './invoices/addon-service';
import { compareWithPrevious } from './invoices/compare';
import { exportInvoices } from './invoices/export/export-service';
import { deletePriceList, listPriceLists, savePriceList } from './invoices/price-list-service';
import { closeMonth, getSummary, reopenMonth, trend } from './invoices/summary-service';
import {
  bulkUpdate,
  deleteUsers,
  listUsers,
  revealUserPersonnummer,
  saveUser,
  usersSummary,
} from './users/user-service';

/** One handler per channel of the contract: the compiler refuses a missing or extra one. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    'app:info': async () => ({
      version: ctx.version,
      mode: ctx.mode,
      dataFile: ctx.dbFile,
      schemaVersion: KNOWN_MIGRATIONS.at(-1) ?? '',
    }),
    'preferences:get': async () => getPreferences(ctx),
    'preferences:set': async (patch) => setPreferences(ctx, patch),
    'bureau:get': () => getBureau(ctx),
    'bureau:save': (input) => saveBureau(ctx, input),
    'bureau:collectiveCustomers': () => collectiveCustomers(ctx),
    'customers:list': (input) => listCustomers(ctx, input),
    'customers:get': ({ id }) => getCustomer(ctx, id),
    'customers:create': (input) => createCustomer(ctx, input),
    'customers:update': (input) => updateCustomer(ctx, input),
    'customers:findByOrgnr': ({ orgnr }) => findByOrgnr(ctx, orgnr),
    'customers:revealContactPersonnummer': ({ id }) => revealContactPersonnummer(ctx, id),
    'drafts:get': ({ key }) => getDraft(ctx, key),
    'drafts:save': ({ key, payload }) => saveDraft(ctx, key, payload),
    'drafts:discard': ({ key }) => discardDraft(ctx, key),
    'audit:list': (input) => listAudit(ctx, input),
    'settings:get': ({ customerId }) => getSettings(ctx, customerId),
    'settings:save': (input) => saveSection(ctx, input),
    'settings:review': (input) => reviewPart(ctx, input),
    'settings:copy': (input) => copySettings(ctx, input),
    'templates:list': () => listTemplates(ctx),
    'templates:createFromCustomer': (input) => createTemplateFromCustomer(ctx, input),
    'templates:delete': ({ id }) => deleteTemplate(ctx, id),
    'profiles:list': async ({ customerId }) => (await getSettings(ctx, customerId)).profiles,
    'profiles:save': (input) => saveProfile(ctx, input),
    'profiles:delete': (input) => deleteProfile(ctx, input),
    // date-holidays is loaded when asked for, not at start (every CLI command would pay).
    'holidays:list': async ({ year }) =>
      (await import('./holidays/holidays')).swedishHolidays(year),
    'onboarding:overview': () => onboardingOverview(ctx),
    'setupSheet:export': ({ customerId }) => exportSetupSheet(ctx, customerId),
    'users:list': ({ customerId }) => listUsers(ctx, customerId),
    'users:save': (input) => saveUser(ctx, input),
    'users:bulkUpdate': (input) => bulkUpdate(ctx, input),
    'users:delete': (input) => deleteUsers(ctx, input),
    'users:revealPersonnummer': ({ id }) => revealUserPersonnummer(ctx, id),
    'users:summary': ({ customerId }) => usersSummary(ctx, customerId),
    'licences:get': ({ customerId }) => getLicences(ctx, customerId),
    'licences:set': (input) => setLicences(ctx, input),
    'users:import': ({ contentBase64, ...request }) =>
      importUsers(ctx, { ...request, bytes: Buffer.from(contentBase64, 'base64') }, (done, total) =>
        ctx.emit('import:progress', { customerId: request.customerId, done, total }),
      ),
    'users:importRead': ({ customerId, fileName, contentBase64 }) =>
      readForPreview(ctx, customerId, fileName, Buffer.from(contentBase64, 'base64')),
    'users:importCheck': ({ customerId, table, mapping, commit }) =>
      checkTable(ctx, customerId, table, mapping, commit, (done, total) =>
        ctx.emit('import:progress', { customerId, done, total }),
      ),
    'users:importCancel': async ({ customerId }) => cancelImport(customerId),
    'users:export': async ({ customerId, format }) => {
      const file = await exportUsers(ctx, customerId, format);
      return { fileName: file.fileName, base64: file.bytes.toString('base64') };
    },
    'prices:list': () => listPriceLists(ctx),
    'prices:save': (input) => savePriceList(ctx, input),
    'prices:delete': ({ id }) => deletePriceList(ctx, id),
    'addons:list': ({ customerId }) => listAddons(ctx, customerId),
    'addons:add': (input) => addAddon(ctx, input),
    'addons:end': (input) => endAddon(ctx, input),
    'addons:delete': ({ id }) => deleteAddon(ctx, id),
    'invoices:summary': ({ month }) => getSummary(ctx, month),
    'invoices:compare': ({ month }) => compareWithPrevious(ctx, month),
    'invoices:trend': ({ month, months }) => trend(ctx, month, months),
    'invoices:export': async ({ month, format }) => {
      const file = await exportInvoices(ctx, month, format);
      return { fileName: file.fileName, base64: file.bytes.toString('base64') };
    },
    'invoices:close': ({ month }) => closeMonth(ctx, month),
    'invoices:reopen': ({ month }) => reopenMonth(ctx, month),
    ...createMailHandlers(ctx),
  };
}
