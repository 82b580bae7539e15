import pg from 'pg';
import { DataSource, QueryFailedError, type EntityManager, type QueryResult } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';
import type { ReplicationMode } from 'typeorm/driver/types/ReplicationMode.js';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { numberPlaceholders } from './placeholders';

/** Connections per core: a desktop's core runs one call at a time, plus the outbox and a read. */
const POOL_SIZE = 4;

/** Attempts of a transaction that lost a race to another connection (see RetryingDataSource). */
const ATTEMPTS = 3;

/**
 * PostgreSQL's codes for a transaction that lost a race: a unique key another transaction took
 * meanwhile, a serialization failure, a deadlock. Nothing of it was committed.
 */
const LOST_RACE = new Set(['23505', '40001', '40P01']);

/** pg's type ids: int8 (count(*), sum of integers); timestamptz. */
const INT8 = 20;
const TIMESTAMPTZ = 1184;

/** A query runner that reads the services' raw SQL with `?` placeholders (placeholders.ts). */
class NumberingQueryRunner extends PostgresQueryRunner {
  override query(
    sql: string,
    parameters: unknown[] | undefined,
    structured: true,
  ): Promise<QueryResult>;
  override query(sql: string, parameters?: unknown[], structured?: boolean): Promise<unknown>;
  override query(sql: string, parameters?: unknown[], structured = false): Promise<unknown> {
    return super.query(parameters?.length ? numberPlaceholders(sql) : sql, parameters, structured);
  }
}

class NumberingPostgresDriver extends PostgresDriver {
  override createQueryRunner(mode: ReplicationMode): PostgresQueryRunner {
    return new NumberingQueryRunner(this, mode);
  }
}

type Work<T> = (m: EntityManager) => Promise<T>;

/**
 * A data source whose transactions are run again when they lose a race. On SQLite one writer at
 * a time makes a service's check-then-write (no other customer has this organisationsnummer,
 * then insert) safe; here two connections can pass the check at once, and the unique index
 * refuses the second insert. Run again, the check sees the first one's committed row and
 * answers as the service does on SQLite (orgnr.duplicate, naming the first).
 */
class RetryingDataSource extends DataSource {
  override transaction<T>(work: Work<T>): Promise<T>;
  override transaction<T>(isolationLevel: IsolationLevel, work: Work<T>): Promise<T>;
  override async transaction<T>(first: IsolationLevel | Work<T>, second?: Work<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await (typeof first === 'string'
          ? super.transaction(first, second as Work<T>)
          : super.transaction(first));
      } catch (err) {
        if (attempt >= ATTEMPTS || !lostRace(err)) throw err;
      }
    }
  }
}

function lostRace(err: unknown): boolean {
  const code = (err as { driverError?: { code?: string } }).driverError?.code;
  return err instanceof QueryFailedError && code !== undefined && LOST_RACE.has(code);
}

/**
 * The team database: TypeORM's postgres driver with pg, a small pool. PostgreSQL's MVCC and
 * row locks are the discipline here (SQLite's single writer, disciplined-*.ts, is SQLite's):
 * reads outside a transaction never see another's uncommitted rows. The password is never part
 * of what Kundstart keeps: pg reads PGPASSWORD (or the URL, as typed) when it connects.
 */
export function createPostgresDataSource(url: string): DataSource {
  const ds = new RetryingDataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    poolSize: POOL_SIZE,
    // count(*) is an int8, which pg hands over as text: SQLite's driver gives a number.
    // Times are read as the ISO strings SQLite keeps (typeParser), and a time written without
    // an offset (a bare date, '2026-11-01') means UTC midnight, as it sorts among those strings.
    extra: { types: { getTypeParser: typeParser }, options: '-c TimeZone=UTC' },
  });
  // TypeORM picks its driver by `type` alone; this one replaces it before anything connects.
  (ds as unknown as { driver: PostgresDriver }).driver = new NumberingPostgresDriver(ds);
  return ds;
}

type Parser = (text: string) => unknown;

function typeParser(oid: number, format?: string): Parser {
  if (oid === INT8) return (text) => Number(text);
  // The entities' times are ISO-8601 strings (entities.ts): a timestamptz (migration
  // Timestamps1765610000000) comes back as that string, the instant unchanged, not as a Date.
  if (oid === TIMESTAMPTZ) {
    const parse = pg.types.getTypeParser(oid, 'text') as (text: string) => Date;
    return (text) => parse(text).toISOString();
  }
  return pg.types.getTypeParser(oid, format as 'text') as Parser;
}
