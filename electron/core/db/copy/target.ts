import type { EntityManager } from 'typeorm';
import type { FieldCipher } from '../../crypto/cipher';
import { MODULUS, storedRowSum, type TableCodec } from './rows';
import type { PlannedTable } from './plan';
import type { Row } from './source';

/** Rows per statement: one JSON parameter each, so a batch is one round trip. */
export const BATCH = 2000;

/** A quoted identifier: names come from the schema, but a quote is still doubled. */
export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Each table's columns and their data types in the target (the migrated PostgreSQL schema). */
export async function targetColumns(m: EntityManager): Promise<Map<string, Map<string, string>>> {
  const rows: { table_name: string; column_name: string; data_type: string }[] = await m.query(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema()`,
  );
  const tables = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const columns = tables.get(r.table_name) ?? new Map<string, string>();
    columns.set(r.column_name, r.data_type);
    tables.set(r.table_name, columns);
  }
  return tables;
}

/** The sequence behind a table's single generated integer id, if it has one. */
export async function sequenceOf(m: EntityManager, table: PlannedTable): Promise<string | null> {
  const [key] = table.primaryKey;
  if (table.primaryKey.length !== 1 || !key) return null;
  const rows: { seq: string | null }[] = await m.query(
    'SELECT pg_get_serial_sequence($1, $2) AS seq',
    [quoted(table.name), key],
  );
  return rows[0]?.seq ?? null;
}

/** Inserts rows as they are (ids kept): one statement per batch, the rows as one JSON array. */
export async function insertRows(m: EntityManager, codec: TableCodec, rows: Row[]): Promise<void> {
  const columns = codec.columns.map(quoted).join(', ');
  const sql =
    `INSERT INTO ${quoted(codec.table)} (${columns}) ` +
    `SELECT ${columns} FROM json_populate_recordset(NULL::${quoted(codec.table)}, $1::json)`;
  await m.query(sql, [JSON.stringify(rows)]);
}

/** A table's count and checksum in the target, read in batches in key order. */
export async function tableSum(
  m: EntityManager,
  codec: TableCodec,
  primaryKey: string[],
  key: FieldCipher,
): Promise<{ rows: number; sum: bigint }> {
  const keys = primaryKey.map(quoted).join(', ');
  let after: unknown[] | null = null;
  let rows = 0;
  let sum = 0n;
  for (;;) {
    const where: string = after
      ? `WHERE (${keys}) > (${primaryKey.map((_, i) => `$${i + 2}`).join(', ')})`
      : '';
    const batch: Row[] = await m.query(
      `SELECT * FROM ${quoted(codec.table)} ${where} ORDER BY ${keys} LIMIT $1`,
      [BATCH * 5, ...(after ?? [])],
    );
    for (const row of batch) sum = (sum + storedRowSum(codec, row, key)) % MODULUS;
    rows += batch.length;
    if (batch.length < BATCH * 5) return { rows, sum };
    const last = batch[batch.length - 1] as Row;
    after = primaryKey.map((k) => last[k]);
  }
}

/** The largest id a generated id column holds, 0 for an empty table. */
export async function maxId(m: EntityManager, table: string, column: string): Promise<number> {
  const rows: { max: number | string | null }[] = await m.query(
    `SELECT max(${quoted(column)}) AS max FROM ${quoted(table)}`,
  );
  return Number(rows[0]?.max ?? 0);
}
