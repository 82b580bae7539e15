import type { EntityManager, EntitySchema } from 'typeorm';
import { JSON_ROWS, jsonStatement, type JsonForm, type JsonLayout } from './json-insert';

/** One column of an entity, as TypeORM's metadata describes it. */
type ColumnMetadata = ReturnType<EntityManager['connection']['getMetadata']>['columns'][number];

/**
 * SQLite's limit on parameters in one statement (since 3.32; PostgreSQL allows 65,535). Each
 * statement is parsed and planned anew, so fewer, larger ones are cheaper: 1,800-row statements
 * wrote 100,000 users about a tenth faster than 400-row ones.
 */
const MAX_PARAMETERS = 32_766;

export interface BulkOptions {
  /** A row whose primary key exists updates that row instead (ON CONFLICT, as in PostgreSQL). */
  upsert?: boolean;
}

/**
 * Writes many rows of one entity, for imports of tens of thousands of rows: TypeORM's insert
 * builder spends most of its time on parameter bookkeeping, and its save() reads every row back
 * before updating it. Columns come from the entity's metadata, so names stay in one place.
 * SQLite gets its own path (one JSON text per chunk); every other driver the portable one.
 */
export async function bulkInsert<T extends object>(
  m: EntityManager,
  entity: EntitySchema<T>,
  rows: T[],
  options: BulkOptions = {},
): Promise<void> {
  if (m.connection.driver.options.type === 'sqlite') {
    await insertAsJson(m, entity, rows, options);
  } else {
    await insertMultiRow(m, entity, rows, options);
  }
}

/**
 * The portable path: multi-row INSERTs with the driver's own placeholders ('?' for SQLite, '$n'
 * for PostgreSQL), as many rows a statement as the parameter limit allows.
 */
export async function insertMultiRow<T extends object>(
  m: EntityManager,
  entity: EntitySchema<T>,
  rows: T[],
  options: BulkOptions = {},
): Promise<void> {
  const { driver } = m.connection;
  const { columns, into, tail } = statementOf(m, entity, options);
  const chunkSize = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = persistentValues(m, columns, row).map((value) => {
        params.push(value);
        return driver.createParameter(`p${params.length}`, params.length - 1);
      });
      return `(${marks.join(', ')})`;
    });
    await m.query(`${into} VALUES ${tuples.join(', ')}${tail}`, params);
  }
}

/**
 * SQLite's path: each chunk's rows as one JSON text, unpacked by json_each in the statement.
 * The sqlite3 driver copies every bound parameter one by one on the main thread, which cost
 * more than SQLite's own work; one string per chunk costs almost nothing to hand over. A column
 * with one value in every row of the chunk (the customer, the time of the import, a NULL) is
 * bound once as a parameter instead: the JSON to build and SQLite's json_extract calls, one per
 * value, are what remain of the cost. A chunk with a value JSON cannot carry exactly as a
 * parameter would (see jsonOf) goes the portable way.
 */
export async function insertAsJson<T extends object>(
  m: EntityManager,
  entity: EntitySchema<T>,
  rows: T[],
  options: BulkOptions = {},
  form?: JsonForm,
): Promise<void> {
  const { columns, into, tail } = statementOf(m, entity, options);
  const each = form ?? (await jsonFormOf(m));
  for (let start = 0; start < rows.length; start += JSON_ROWS) {
    const chunk = rows.slice(start, start + JSON_ROWS);
    const values = chunk.map((row) => persistentValues(m, columns, row));
    const statement = jsonStatement(into, tail, values, each);
    if (statement) await m.query(statement.sql, statement.params);
    else await insertMultiRow(m, entity, chunk, options);
  }
}

/** Column types whose stored value jsonInserts (json-insert.ts) builds as the driver would. */
const PLAIN_TYPES = new Set(['varchar', 'text', 'integer', 'boolean']);

/**
 * The entity's statement for a thread that builds SQLite's JSON inserts itself (the import's
 * worker), or null where another path must be taken: not SQLite, or a column whose conversion
 * only the driver knows.
 */
export async function jsonLayoutOf<T extends object>(
  m: EntityManager,
  entity: EntitySchema<T>,
  options: BulkOptions = {},
): Promise<JsonLayout | null> {
  if (m.connection.driver.options.type !== 'sqlite') return null;
  const { columns, into, tail } = statementOf(m, entity, options);
  const plain = columns.every(
    (c) => typeof c.type === 'string' && PLAIN_TYPES.has(c.type) && !c.embeddedMetadata,
  );
  if (!plain) return null;
  return {
    into,
    tail,
    columns: columns.map((c) => ({ path: c.propertyPath, boolean: c.type === 'boolean' })),
    form: await jsonFormOf(m),
  };
}

const forms = new WeakMap<object, Promise<JsonForm>>();

/**
 * Whether this connection's SQLite has jsonb_each (see JsonForm), asked once per connection:
 * the app's own build has it, a system SQLite the driver was linked against may not.
 */
export function jsonFormOf(m: EntityManager): Promise<JsonForm> {
  const { driver } = m.connection;
  let form = forms.get(driver);
  if (!form) {
    form = m.query("SELECT count(*) FROM jsonb_each('[]')").then(
      (): JsonForm => 'jsonb',
      (): JsonForm => 'json',
    );
    forms.set(driver, form);
  }
  return form;
}

/** The row's values in column order, converted as TypeORM's insert would store them. */
function persistentValues<T extends object>(
  m: EntityManager,
  columns: ColumnMetadata[],
  row: T,
): unknown[] {
  const { driver } = m.connection;
  // The driver's own conversion (booleans to 0/1), as TypeORM's insert would store them.
  return columns.map(
    (column) => driver.preparePersistentValue(column.getEntityValue(row), column) ?? null,
  );
}

function statementOf<T extends object>(
  m: EntityManager,
  entity: EntitySchema<T>,
  options: BulkOptions,
) {
  const { driver } = m.connection;
  const meta = m.connection.getMetadata(entity);
  const columns = meta.columns.filter((c) => !c.isGenerated);
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  return {
    columns,
    into: `INSERT INTO ${driver.escape(meta.tableName)} (${names})`,
    tail: options.upsert ? upsertClause(m, entity) : '',
  };
}

function upsertClause<T extends object>(m: EntityManager, entity: EntitySchema<T>): string {
  const { driver } = m.connection;
  const meta = m.connection.getMetadata(entity);
  const keys = meta.primaryColumns.map((c) => driver.escape(c.databaseName));
  const sets = meta.columns
    .filter((c) => !c.isPrimary && !c.isGenerated)
    .map((c) => `${driver.escape(c.databaseName)} = excluded.${driver.escape(c.databaseName)}`);
  return ` ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${sets.join(', ')}`;
}
