import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import { testDatabaseConnection } from '../db/connection-test';
import { shownDatabase } from '../db/engine';
import { createDatabaseCopyHandlers } from './database-copy-handlers';
import { databaseSetting, storeDatabaseChoice } from '../preferences/database-choice';

type DatabaseChannel = ChannelsOf<`database:${string}`>;

/**
 * Inställningar → Databas: which database this start runs on, a connection test that leaves
 * it alone, and the choice for the next start. A password never reaches the preferences: the
 * desktop's main process seals it before the call gets here (electron/main/database-password.ts),
 * and elsewhere PGPASSWORD holds it.
 */
export function createDatabaseHandlers(ctx: ServiceContext): DomainHandlers<DatabaseChannel> {
  return {
    ...createDatabaseCopyHandlers(ctx),
    'database:get': async () => databaseSetting(shownDatabase(ctx.ds, ctx.dbFile), ctx.preferences),
    'database:status': async () => ctx.teamStatus?.() ?? { state: 'file', readAt: null },
    'database:test': ({ url, password }) => testDatabaseConnection(url, password || undefined),
    'database:choose': async (choice) => {
      storeDatabaseChoice(
        ctx.preferences,
        choice.kind === 'file' ? choice : { kind: 'postgres', url: choice.url },
      );
      return databaseSetting(shownDatabase(ctx.ds, ctx.dbFile), ctx.preferences);
    },
  };
}
