import type { DataSource } from 'typeorm';
import { swedishDay } from '../../shared/domain/months';
import type { EventName, EventPayload } from '../../shared/contract';
import type { FieldCipher } from './crypto/cipher';
import type { PreferenceStore } from './core';
import type { TeamStatus } from '../../shared/schemas/team-status';

/** What every service receives: its dependencies, passed in so tests hand it real ones. */
export interface ServiceContext {
  ds: DataSource;
  cipher: FieldCipher;
  preferences: PreferenceStore;
  now: () => Date;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  mode: 'electron' | 'browser' | 'cli';
  dbFile: string;
  version: string;
  resourcesDir: string;
  /** The data key itself, for the passphrase backup file only (it travels inside, encrypted). */
  dataKey(): Buffer;
  /**
   * Closes the database, runs `replaceFiles` (a restore putting another database and its key
   * in place), and opens it again with the key now beside it; the services carry on with it.
   */
  swapDatabase(replaceFiles: () => void): Promise<void>;
  /** Something was queued in the outbox: the worker looks now (a no-op where none runs). */
  kickOutbox(): void;
  /** A team database's state and last-read copy (offline/team-watch.ts); `file` on SQLite. */
  teamStatus?: () => TeamStatus;
}

export const isoNow = (ctx: Pick<ServiceContext, 'now'>): string => ctx.now().toISOString();

/** Today's date in Sweden, `YYYY-MM-DD` (see swedishDay). */
export const swedishToday = (ctx: Pick<ServiceContext, 'now'>): string => swedishDay(ctx.now());
