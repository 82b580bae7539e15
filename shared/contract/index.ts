import { z } from 'zod';
import { channel, type ChannelSpec } from './define';
import type { BureauProfile, CollectiveCustomers } from '../schemas/bureau';
import { bureauInputSchema } from '../schemas/bureau';
import {
  collaborationInputSchema,
  customerListSchema,
  customerUpdateSchema,
  type CustomerDetail,
  type CustomerRow,
  type ExistingCustomerRef,
} from '../schemas/customer';
import {
  auditCountSchema,
  auditExportSchema,
  auditListSchema,
  draftKeySchema,
  draftSaveSchema,
  preferencesPatchSchema,
  type AppInfo,
  type AuditEntry,
  type Draft,
  type Preferences,
} from '../schemas/app';
import {
  databaseChooseSchema,
  databaseTestSchema,
  teamKeyExportSchema,
  teamKeyImportSchema,
  type DatabaseSetting,
  type DatabaseTestResult,
  type TeamKeyImported,
  type TeamKeyStatus,
} from '../schemas/database';
import { databaseCopySchema, type CopyOutcome, type CopyPreview } from '../schemas/database-copy';
import {
  offlineDraftsDiscardSchema,
  teamStatusSchema,
  type OfflineDraft,
  type OfflineDraftsSent,
  type TeamStatus,
} from '../schemas/team-status';
import {
  blikkConnectSchema,
  blikkCustomerSchema,
  blikkReconcileAllSchema,
  blikkResolveSchema,
  blikkSettingsSchema,
  blikkTestSchema,
  type BlikkConnection,
  type BlikkReconcileAllResult,
  type BlikkSettings,
  type BlikkTestResult,
  type Reconciliation,
} from '../schemas/blikk';
import {
  backupCreateSchema,
  backupRestoreSchema,
  type AutomaticBackup,
  type RestoreResult,
} from '../schemas/backup';
import { empty, id, text } from '../schemas/common';
import {
  personExportSchema,
  personQuerySchema,
  retentionSchema,
  type ErasureResult,
  type PersonOverview,
  type Retention,
} from '../schemas/privacy';
import {
  holidaysSchema,
  profileDeleteSchema,
  profileSaveSchema,
  settingsCopySchema,
  settingsReviewSchema,
  settingsSaveSchema,
  templateFromCustomerSchema,
  type CustomerSettings,
  type Holiday,
  type OnboardingOverview,
  type ReviewResult,
  type SettingsTemplate,
  type SetupSheetFile,
} from '../schemas/settings';
import type { ReportingProfile } from '../settings/profiles';
import {
  importReadSchema,
  importTableRequestSchema,
  usersExportSchema,
  usersImportSchema,
  type ExportFile,
  type ImportPreview,
  type ImportReportText,
  type ImportResult,
} from '../schemas/import';
import {
  licencesSetSchema,
  userBulkSchema,
  userDeleteSchema,
  userSaveSchema,
  type CompletenessSummary,
  type LicenceState,
  type UserRow,
  type UserSaveResult,
} from '../schemas/users';

import {
  addonAddSchema,
  addonEndSchema,
  invoiceExportSchema,
  monthInputSchema,
  priceListInputSchema,
  trendInputSchema,
  type CustomerAddon,
  type InvoiceComparison,
  type InvoiceSummary,
  type PriceList,
  type SavedPriceList,
  type TrendPoint,
} from '../schemas/invoices';
import {
  contactInformSchema,
  contactMarkSchema,
  contactPreviewSchema,
  customerLanguageSchema,
  inviteSchema,
  lettersSchema,
  type LettersFile,
  mailSettingsInputSchema,
  mailTemplateKeySchema,
  mailTemplatePreviewSchema,
  mailTemplateSaveSchema,
  mailTestSchema,
  outboxConfirmSchema,
  outboxIdsSchema,
  outboxListSchema,
  userIdsSchema,
  userMarkSchema,
  type ContactPreview,
  type CustomerMessaging,
  type InviteResult,
  type MailSettings,
  type MailTemplate,
  type MailTestResult,
  type MessagePreview,
  type OutboxItem,
  type OutboxStatus,
} from '../schemas/mail';

/**
 * The one map of every operation the UI (and the CLI) may call. Adding an operation is one
 * entry here plus one handler in the service that owns it; Electron IPC, the browser-mode
 * host and the renderer's client all derive from this map.
 */
export const contract = {
  'app:info': channel<AppInfo>()(empty),
  'preferences:get': channel<Preferences>()(empty),
  'preferences:set': channel<Preferences>()(preferencesPatchSchema),
  'database:get': channel<DatabaseSetting>()(empty),
  'database:test': channel<DatabaseTestResult>()(databaseTestSchema),
  'database:choose': channel<DatabaseSetting>()(databaseChooseSchema),
  'database:keyStatus': channel<TeamKeyStatus>()(empty),
  'database:keyExport': channel<ExportFile>()(teamKeyExportSchema),
  'database:keyImport': channel<TeamKeyImported>()(teamKeyImportSchema),
  /** Moving this file's portfolio to a team database: what it would copy, and the conflicts. */
  'database:copyPreview': channel<CopyPreview>()(databaseCopySchema),
  /** The copy itself, in one transaction on the team database; progress as database:copyProgress. */
  'database:copy': channel<CopyOutcome>()(databaseCopySchema),
  /** Stops a running copy: it rolls back, and the team database is left as it was. */
  'database:copyCancel': channel<null>()(empty),
  /** Whether the team database answers, and when the last-read copy was read (issue 16 item 6). */
  'database:status': channel<TeamStatus>()(empty),
  /** New customers prepared offline, waiting in the local draft file. */
  'offlineDrafts:list': channel<OfflineDraft[]>()(empty),
  /** Copies the drafts to the team database: all of them, or none and the conflicts. */
  'offlineDrafts:send': channel<OfflineDraftsSent>()(empty),
  /** Discards the drafts with these organisationsnummer (a colleague's customer is kept). */
  'offlineDrafts:discard': channel<OfflineDraft[]>()(offlineDraftsDiscardSchema),

  'bureau:get': channel<BureauProfile | null>()(empty),
  'bureau:save': channel<BureauProfile>()(bureauInputSchema),
  'bureau:collectiveCustomers': channel<CollectiveCustomers>()(empty),

  'customers:list': channel<CustomerRow[]>()(customerListSchema),
  'customers:get': channel<CustomerDetail>()(z.object({ id }).strict()),
  'customers:create': channel<CustomerDetail>()(collaborationInputSchema),
  'customers:update': channel<CustomerDetail>()(customerUpdateSchema),
  'customers:findByOrgnr': channel<ExistingCustomerRef | null>()(
    z.object({ orgnr: text(20) }).strict(),
  ),
  'customers:revealContactPersonnummer': channel<{ personnummer: string | null }>()(
    z.object({ id }).strict(),
  ),

  'drafts:get': channel<Draft | null>()(draftKeySchema),
  'drafts:save': channel<Draft>()(draftSaveSchema),
  'drafts:discard': channel<null>()(draftKeySchema),

  'backups:list': channel<AutomaticBackup[]>()(empty),
  'backups:create': channel<ExportFile>()(backupCreateSchema),
  'backups:restore': channel<RestoreResult>()(backupRestoreSchema),

  /** Newest first, a page at a time: pass the last entry's id as `before` for the next. */
  'audit:list': channel<AuditEntry[]>()(auditListSchema),
  'audit:count': channel<{ count: number }>()(auditCountSchema),
  /** Every staff member the log names, for the filter. */
  'audit:actors': channel<string[]>()(empty),
  'audit:export': channel<ExportFile>()(auditExportSchema),

  /** A person's data across all customers (GDPR art. 15 and 17): where held, export, erase. */
  'privacy:find': channel<PersonOverview>()(personQuerySchema),
  'privacy:export': channel<ExportFile>()(personExportSchema),
  'privacy:erase': channel<ErasureResult>()(personQuerySchema),
  'privacy:getRetention': channel<Retention>()(empty),
  'privacy:setRetention': channel<Retention>()(retentionSchema),

  'settings:get': channel<CustomerSettings>()(z.object({ customerId: id }).strict()),
  'settings:save': channel<CustomerSettings>()(settingsSaveSchema),
  'settings:review': channel<ReviewResult>()(settingsReviewSchema),
  'settings:copy': channel<CustomerSettings>()(settingsCopySchema),
  'templates:list': channel<SettingsTemplate[]>()(empty),
  'templates:createFromCustomer': channel<SettingsTemplate>()(templateFromCustomerSchema),
  'templates:delete': channel<null>()(z.object({ id }).strict()),
  'profiles:list': channel<ReportingProfile[]>()(z.object({ customerId: id }).strict()),
  'profiles:save': channel<ReportingProfile>()(profileSaveSchema),
  'profiles:delete': channel<null>()(profileDeleteSchema),
  'holidays:list': channel<Holiday[]>()(holidaysSchema),
  'onboarding:overview': channel<OnboardingOverview>()(empty),
  'setupSheet:export': channel<SetupSheetFile>()(z.object({ customerId: id }).strict()),

  'users:list': channel<UserRow[]>()(z.object({ customerId: id }).strict()),
  'users:save': channel<UserSaveResult>()(userSaveSchema),
  'users:bulkUpdate': channel<{ updated: number }>()(userBulkSchema),
  'users:delete': channel<{ deleted: number }>()(userDeleteSchema),
  'users:revealPersonnummer': channel<{ personnummer: string | null }>()(z.object({ id }).strict()),
  'users:summary': channel<CompletenessSummary>()(z.object({ customerId: id }).strict()),
  'licences:get': channel<LicenceState>()(z.object({ customerId: id }).strict()),
  'licences:set': channel<LicenceState>()(licencesSetSchema),
  'users:import': channel<ImportResult>()(usersImportSchema),
  'users:importRead': channel<ImportPreview>()(importReadSchema),
  /** A dry run: what a commit would do. Never writes. */
  'users:importCheck': channel<ImportReportText>()(importTableRequestSchema),
  'users:importCommit': channel<ImportReportText>()(importTableRequestSchema),
  'users:importCancel': channel<null>()(z.object({ customerId: id }).strict()),
  'users:export': channel<ExportFile>()(usersExportSchema),

  'prices:list': channel<PriceList[]>()(empty),
  'prices:save': channel<SavedPriceList>()(priceListInputSchema),
  'prices:delete': channel<null>()(z.object({ id }).strict()),
  'addons:list': channel<CustomerAddon[]>()(z.object({ customerId: id }).strict()),
  'addons:add': channel<CustomerAddon>()(addonAddSchema),
  'addons:end': channel<CustomerAddon>()(addonEndSchema),
  'addons:delete': channel<null>()(z.object({ id }).strict()),
  'invoices:summary': channel<InvoiceSummary>()(monthInputSchema),
  'invoices:compare': channel<InvoiceComparison>()(monthInputSchema),
  'invoices:trend': channel<TrendPoint[]>()(trendInputSchema),
  'invoices:export': channel<ExportFile>()(invoiceExportSchema),
  'invoices:close': channel<InvoiceSummary>()(monthInputSchema),
  'invoices:reopen': channel<InvoiceSummary>()(monthInputSchema),

  'mail:getSettings': channel<MailSettings | null>()(empty),
  'mail:saveSettings': channel<MailSettings>()(mailSettingsInputSchema),
  'mail:test': channel<MailTestResult>()(mailTestSchema),
  'mailTemplates:list': channel<MailTemplate[]>()(empty),
  'mailTemplates:save': channel<MailTemplate>()(mailTemplateSaveSchema),
  'mailTemplates:reset': channel<MailTemplate>()(mailTemplateKeySchema),
  'mailTemplates:preview': channel<MessagePreview>()(mailTemplatePreviewSchema),
  'messaging:get': channel<CustomerMessaging>()(z.object({ customerId: id }).strict()),
  'messaging:setLanguage': channel<CustomerMessaging>()(customerLanguageSchema),
  'contact:preview': channel<ContactPreview>()(contactPreviewSchema),
  'contact:inform': channel<CustomerMessaging>()(contactInformSchema),
  'contact:markInformed': channel<CustomerMessaging>()(contactMarkSchema),
  'invitations:invite': channel<InviteResult>()(inviteSchema),
  'invitations:remind': channel<InviteResult>()(userIdsSchema),
  'invitations:markBlikkWelcome': channel<{ updated: number }>()(userMarkSchema),
  'invitations:markLoggedIn': channel<{ updated: number }>()(userMarkSchema),
  'invitations:letters': channel<LettersFile>()(lettersSchema),
  'outbox:list': channel<OutboxItem[]>()(outboxListSchema),
  'outbox:status': channel<OutboxStatus>()(empty),
  'outbox:retry': channel<{ updated: number }>()(outboxIdsSchema),
  'outbox:cancel': channel<{ updated: number }>()(outboxIdsSchema),
  'outbox:confirm': channel<{ updated: number }>()(outboxConfirmSchema),

  'blikk:getSettings': channel<BlikkSettings>()(empty),
  'blikk:saveSettings': channel<BlikkSettings>()(blikkSettingsSchema),
  'blikk:getConnection': channel<BlikkConnection | null>()(blikkCustomerSchema),
  'blikk:connect': channel<BlikkConnection>()(blikkConnectSchema),
  'blikk:disconnect': channel<null>()(blikkCustomerSchema),
  'blikk:test': channel<BlikkTestResult>()(blikkTestSchema),
  'blikk:reconcile': channel<Reconciliation>()(blikkCustomerSchema),
  'blikk:lastReconciliation': channel<Reconciliation | null>()(blikkCustomerSchema),
  'blikk:reconcileAll': channel<BlikkReconcileAllResult>()(blikkReconcileAllSchema),
  'blikk:cancelReconcileAll': channel<null>()(empty),
  'blikk:resolve': channel<Reconciliation>()(blikkResolveSchema),
} as const satisfies Record<string, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller passes (before defaults), and what a handler receives (after parsing). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> =
  Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never;

/** What the services push to every open window. */
export const events = {
  'customers:changed': z.object({ ids: z.array(z.string()) }),
  'bureau:changed': z.object({}),
  'settings:changed': z.object({ customerId: z.string() }),
  'users:changed': z.object({ customerId: z.string() }),
  'import:progress': z.object({ customerId: z.string(), done: z.number(), total: z.number() }),
  'invoices:changed': z.object({}),
  /** Messages changed state (queued, sent, failed...); the customers whose users they concern. */
  'outbox:changed': z.object({ customerIds: z.array(z.string()) }),
  /** The worker's progress through what was due when it started. */
  'outbox:progress': z.object({ done: z.number(), total: z.number() }),
  /** A customer's Blikk connection or reconciliation changed (the portfolio's sync column). */
  'blikk:changed': z.object({ customerIds: z.array(z.string()) }),
  /** Reconciling many customers: how many are done of how many. */
  'blikk:progress': z.object({ done: z.number(), total: z.number() }),
  /** A copy to the team database: the tables copied and verified so far, of how many. */
  'database:copyProgress': z.object({ table: z.string(), done: z.number(), total: z.number() }),
  /** The core process died and was started again: what was in flight was answered core.restarted. */
  'core:restarted': z.object({}),
  /** The team database stopped or started answering, or a new last-read copy was made. */
  'database:status': teamStatusSchema,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

/**
 * An event's payload checked against its schema, as inputs are: null for an unknown event or a
 * payload of the wrong shape, which the emitter refuses to send and the receivers drop.
 */
export function parseEvent<E extends EventName>(name: E, payload: unknown): EventPayload<E> | null {
  if (!isEventName(name)) return null;
  const parsed = events[name].safeParse(payload);
  return parsed.success ? (parsed.data as EventPayload<E>) : null;
}
