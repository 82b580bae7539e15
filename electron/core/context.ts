import type { DataSource } from 'typeorm';
import type { EventName, EventPayload } from '../../shared/contract';
import type { FieldCipher } from './crypto/cipher';
import type { PreferenceStore } from './core';

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
}

export const isoNow = (ctx: Pick<ServiceContext, 'now'>): string => ctx.now().toISOString();

const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Sweden, `YYYY-MM-DD`: what a licence change "from today" or "has the month
 * ended" means to the bureau. The UTC date is still yesterday for the first hours of a day.
 */
export const swedishToday = (ctx: Pick<ServiceContext, 'now'>): string =>
  SWEDISH_DAY.format(ctx.now());
