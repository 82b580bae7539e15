import type { DataSource } from 'typeorm';
import { engineOf } from '../engine';
import type { Dialect } from './dialect';
import { postgresDialect } from './postgres';
import { sqliteDialect } from './sqlite';

export type { Dialect } from './dialect';

/** The SQL of the engine `ds` runs on. */
export function dialectOf(ds: DataSource): Dialect {
  return engineOf(ds) === 'postgres' ? postgresDialect : sqliteDialect;
}
