import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import { testDatabaseConnection } from '../db/connection-test';
import { engineOf, shownDatabase } from '../db/engine';
import { swedishDay } from '../../../shared/domain/months';
import { exportTeamKey, importTeamKey, teamKeyHere } from '../team-key/team-key';
import { createDatabaseCopyHandlers } from './database-copy-handlers';
import {
  chosenDatabase,
  databaseSetting,
  storeDatabaseChoice,
} from '../preferences/database-choice';

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
    // The team key (issue 16 item 4): team-key/team-key.ts.
    'database:keyStatus': async () => {
      if (engineOf(ctx.ds) === 'postgres') return { team: true, keyHere: true };
      const chosen = chosenDatabase(ctx.preferences);
      if (chosen.kind !== 'postgres') return { team: false, keyHere: false };
      return { team: true, keyHere: teamKeyHere(chosen.url) };
    },
    'database:keyExport': async ({ passphrase }) => ({
      fileName: `kundstart-teamnyckel-${swedishDay(ctx.now())}.json`,
      base64: Buffer.from(await exportTeamKey(ctx, passphrase)).toString('base64'),
    }),
    'database:keyImport': async ({ url, password, base64, passphrase }) => {
      const text = Buffer.from(base64, 'base64').toString('utf8');
      const imported = await importTeamKey(url, text, passphrase, {
        password: password || undefined,
        sealAtNextStart: ctx.mode === 'electron',
      });
      return { sealedAtNextStart: imported.sealedAtNextStart };
    },
  };
}
