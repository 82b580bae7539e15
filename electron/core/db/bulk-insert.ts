import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityManager, EntitySchema } from 'typeorm';

/**
 * A multi-row INSERT with the driver's own placeholders ('?' for SQLite, '$n' for PostgreSQL),
 * for imports of tens of thousands of rows: TypeORM's insert builder spends most of its time on
 * parameter bookkeeping. Columns come from the entity's metadata, so names stay in one place.
 */
export async function bulkInsert<T extends object>(
  m: EntityManager,
  entity: EntitySchema<T>,
  rows: T[],
  chunkSize = 400,
): Promise<void> {
  const { driver } = m.connection;
  const meta = m.connection.getMetadata(entity);
  const columns = meta.columns.filter((c) => !c.isGenerated);
  const table = driver.escape(meta.tableName);
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const convert = columns.map((column) => converterFor(m, column));
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const toDatabase of convert) params.push(toDatabase(row));
    }
    const tuples = placeholders(m, chunk.length, columns.length);
    await m.query(`INSERT INTO ${table} (${names}) VALUES ${tuples}`, params);
  }
}

/**
 * The driver's own conversion (booleans to 0/1 for SQLite, as they are for PostgreSQL). Text and
 * integers go through untouched: asking the driver for each of a million values cost seconds.
 */
function converterFor(m: EntityManager, column: ColumnMetadata): (row: object) => unknown {
  const plain = column.type === 'varchar' || column.type === 'text' || column.type === 'integer';
  if (plain && !column.transformer) return (row) => column.getEntityValue(row) ?? null;
  return (row) =>
    m.connection.driver.preparePersistentValue(column.getEntityValue(row), column) ?? null;
}

/** `(?, ?), (?, ?)` for SQLite; numbered `($1, $2), ($3, $4)` where the driver numbers them. */
function placeholders(m: EntityManager, rows: number, columns: number): string {
  const { driver } = m.connection;
  const numbered = driver.createParameter('a', 0) !== driver.createParameter('b', 1);
  if (!numbered) {
    const tuple = `(${Array.from({ length: columns }, () => driver.createParameter('p', 0)).join(', ')})`;
    return Array.from({ length: rows }, () => tuple).join(', ');
  }
  return Array.from({ length: rows }, (_, r) => {
    const marks = Array.from({ length: columns }, (_, c) => {
      const index = r * columns + c;
      return driver.createParameter(`p${index + 1}`, index);
    });
    return `(${marks.join(', ')})`;
  }).join(', ');
}
