import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import { auditActors, countAudit, listAudit } from '../audit/audit-service';
import { exportAudit } from '../audit/audit-export';
import type { ServiceContext } from '../context';
import { KNOWN_MIGRATIONS } from '../db/data-source';
import { shownDatabase } from '../db/engine';
import { createDatabaseHandlers } from './database-handlers';
import { discardDraft, getDraft, saveDraft } from '../drafts/draft-service';
import { getPreferences, setPreferences } from '../preferences/preference-service';

type AppChannel = ChannelsOf<
  | 'app:info'
  | `preferences:${string}`
  | `drafts:${string}`
  | `audit:${string}`
  | `database:${string}`
>;

/** The application itself: its version and data file, preferences, drafts, the audit log. */
export function createAppHandlers(ctx: ServiceContext): DomainHandlers<AppChannel> {
  return {
    ...createDatabaseHandlers(ctx),
    'app:info': async () => ({
      version: ctx.version,
      mode: ctx.mode,
      // A team database's URL, without a password typed into it.
      dataFile: shownDatabase(ctx.ds, ctx.dbFile),
      schemaVersion: KNOWN_MIGRATIONS.at(-1) ?? '',
    }),
    'preferences:get': async () => getPreferences(ctx),
    'preferences:set': async (patch) => setPreferences(ctx, patch),
    'drafts:get': ({ key }) => getDraft(ctx, key),
    'drafts:save': ({ key, payload }) => saveDraft(ctx, key, payload),
    'drafts:discard': ({ key }) => discardDraft(ctx, key),
    'audit:list': (input) => listAudit(ctx, input),
    'audit:count': async (filter) => ({ count: await countAudit(ctx, filter) }),
    'audit:actors': () => auditActors(ctx),
    'audit:export': async ({ format, ...filter }) => {
      const file = await exportAudit(ctx, filter, format);
      return { fileName: file.fileName, base64: file.bytes.toString('base64') };
    },
  };
}
