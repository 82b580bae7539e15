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
  const meta = m.connection.getMetadata(entity);
  const columns = meta.columns.filter((c) => !c.isGenerated);
  const table = m.connection.driver.escape(meta.tableName);
  const names = columns.map((c) => m.connection.driver.escape(c.databaseName)).join(', ');
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((column) => {
        // The driver's own conversion (booleans to 0/1 for SQLite, as they are for PostgreSQL).
        params.push(
          m.connection.driver.preparePersistentValue(column.getEntityValue(row), column) ?? null,
        );
        return m.connection.driver.createParameter(`p${params.length}`, params.length - 1);
      });
      return `(${marks.join(', ')})`;
    });
    await m.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, params);
  }
}
