import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Points in time as `timestamptz` on PostgreSQL (issue 16): every migration before this one wrote
 * them as ISO-8601 strings in varchar(32), which SQLite keeps (its schema is unchanged here). On a
 * team database the server then knows them as instants: it compares and indexes them as such,
 * and a colleague's tool reading the database sees times, not text. The columns are the ones the
 * earlier migrations made: varchar(32) named `at` or `…_at` (no other column has that length);
 * later migrations use the `stamp` helper of columns.ts.
 */
export class Timestamps1765610000000 implements MigrationInterface {
  name = 'Timestamps1765610000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'postgres') return;
    for (const { table, column } of await stampColumns(q, 'character varying')) {
      await q.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE timestamptz USING "${column}"::timestamptz`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'postgres') return;
    for (const { table, column } of await stampColumns(q, 'timestamp with time zone')) {
      // Back to the strings the app writes: toISOString's form, in UTC.
      await q.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE varchar(32) USING
         to_char("${column}" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      );
    }
  }
}

async function stampColumns(
  q: QueryRunner,
  type: string,
): Promise<{ table: string; column: string }[]> {
  const lengthOf = type === 'character varying' ? 'AND character_maximum_length = 32' : '';
  return q.query(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type = ? ${lengthOf}
       AND (column_name = 'at' OR column_name LIKE '%\\_at')
     ORDER BY table_name, column_name`,
    [type],
  );
}
