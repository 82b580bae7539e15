import { DataSource, EntityManager, type QueryRunner } from 'typeorm';
import type { SqliteConnectionOptions } from 'typeorm/driver/sqlite/SqliteConnectionOptions.js';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';
import { DisciplinedSqliteDriver } from './disciplined-driver';
import type { ReadOnlyQueryRunner } from './query-runners';
import { inTransactionScope } from './transaction-scope';

type Work<T> = (m: EntityManager) => Promise<T>;

/** An entity manager whose transactions mark their work's scope (see transaction-scope.ts). */
class ScopedEntityManager extends EntityManager {
  override transaction<T>(work: Work<T>): Promise<T>;
  override transaction<T>(isolationLevel: IsolationLevel, work: Work<T>): Promise<T>;
  override transaction<T>(first: IsolationLevel | Work<T>, second?: Work<T>): Promise<T> {
    const work = typeof first === 'function' ? first : second;
    if (!work) return super.transaction(first as IsolationLevel, undefined as never);
    const scoped: Work<T> = (m) => inTransactionScope(m.queryRunner, () => work(m));
    return typeof first === 'string' ? super.transaction(first, scoped) : super.transaction(scoped);
  }
}

/**
 * Kundstart's SQLite data source: TypeORM's, with the single writer and the read-only reader of
 * DisciplinedSqliteDriver. Services use it as any DataSource (the rules: createDataSource).
 */
export class DisciplinedDataSource extends DataSource {
  constructor(options: SqliteConnectionOptions) {
    super(options);
    // TypeORM picks its driver by `type` alone; this one replaces it before anything connects.
    (this as unknown as { driver: DisciplinedSqliteDriver }).driver = new DisciplinedSqliteDriver(
      this,
    );
  }

  override createEntityManager(queryRunner?: QueryRunner): EntityManager {
    return new ScopedEntityManager(this, queryRunner);
  }
}

/** The read-only connection's query runner, for the tests that prove it refuses writes. */
export function readConnectionOf(ds: DataSource): ReadOnlyQueryRunner {
  if (!(ds.driver instanceof DisciplinedSqliteDriver)) {
    throw new Error('Not a Kundstart data source (createDataSource makes one).');
  }
  return ds.driver.readRunner();
}
