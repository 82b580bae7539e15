/*
 * SQLite's bulk-insert statements, built from values alone: bulk-insert.ts builds them from an
 * entity's metadata in the core, and the import's worker thread from a JsonLayout the core hands
 * it, so that a step of 2,000 users reaches the core's thread as one string per statement, not
 * as an object graph to copy, convert and collect there.
 */

/** Rows per JSON text on SQLite: a few megabytes at most, whatever the import's size. */
export const JSON_ROWS = 5000;

/**
 * How SQLite unpacks a chunk. `jsonb_each` (SQLite 3.51+, the build the app ships) parses the
 * text once and hands each row over as JSONB, whose values `->>` reads without parsing again:
 * it wrote 20,000 users in about two thirds of the CPU that `json_each` and one `json_extract`
 * per value (each parsing the row's text anew) took. `json_each` is for an older system SQLite.
 */
export type JsonForm = 'jsonb' | 'json';

/** One statement and its parameters, ready for `m.query`. */
export interface PreparedInsert {
  sql: string;
  params: unknown[];
}

/** An entity's INSERT as bulk-insert.ts writes it, for a thread without the connection. */
export interface JsonLayout {
  into: string;
  tail: string;
  /** Each column's property, and whether the driver stores it as 0/1 (a boolean). */
  columns: { path: string; boolean: boolean }[];
  form: JsonForm;
}

/**
 * The statement for one chunk's values (in column order, converted as the driver binds them),
 * or null when a value would not come out of json_extract as bound (see jsonOf).
 */
export function jsonStatement(
  into: string,
  tail: string,
  values: unknown[][],
  form: JsonForm,
): PreparedInsert | null {
  const width = values[0]?.length ?? 0;
  const shared = sharedColumns(values, width);
  const text = jsonOf(values.map((row) => row.filter((_, i) => !shared.has(i))));
  if (text === null) return null;
  let position = 0;
  const select = Array.from({ length: width }, (_, i) =>
    shared.has(i) ? '?' : valueAt(form, position++),
  );
  // "WHERE true" lets SQLite's parser tell the upsert's ON CONFLICT from a join's ON.
  const sql = `${into} SELECT ${select.join(', ')} FROM ${form}_each(?) WHERE true${tail}`;
  return { sql, params: [...[...shared.keys()].map((i) => values[0]![i]), text] };
}

/** The row's value at `index` as an SQL value, as json_extract gives it. */
function valueAt(form: JsonForm, index: number): string {
  return form === 'jsonb' ? `value ->> ${index}` : `json_extract(value, '$[${index}]')`;
}

/** Every chunk's statement for `rows`, or null if one of them cannot go as JSON. */
export function jsonInserts(layout: JsonLayout, rows: object[]): PreparedInsert[] | null {
  const statements: PreparedInsert[] = [];
  for (let start = 0; start < rows.length; start += JSON_ROWS) {
    const values = rows.slice(start, start + JSON_ROWS).map((row) => valuesOf(layout, row));
    const statement = jsonStatement(layout.into, layout.tail, values, layout.form);
    if (!statement) return null;
    statements.push(statement);
  }
  return statements;
}

/** As the sqlite driver's preparePersistentValue stores these column kinds; absent is NULL. */
function valuesOf(layout: JsonLayout, row: object): unknown[] {
  const record = row as Record<string, unknown>;
  return layout.columns.map(({ path, boolean }) => {
    const value = record[path];
    if (value === undefined || value === null) return null;
    return boolean ? (value === true ? 1 : 0) : value;
  });
}

/** The columns (by index) whose value is the same in every row: bound once, as the driver would. */
function sharedColumns(values: unknown[][], width: number): Set<number> {
  const shared = new Set<number>();
  const first = values[0];
  if (!first || values.length < 2) return shared;
  for (let i = 0; i < width; i++) {
    if (values.every((row) => row[i] === first[i])) shared.add(i);
  }
  return shared;
}

/**
 * The chunk as JSON, or null when a value would not come out of json_extract as the driver
 * binds it: only text, NULL and 32-bit integers do (the driver binds a larger or fractional
 * number as a float, JSON reads it back as an integer or rounds it anew; a Buffer has no JSON
 * form). JSON writes NUL and a lone surrogate as \u escapes that SQLite would not decode as the
 * driver's UTF-8 conversion does; any such escape, even one that is a backslash and "u0000" in
 * the text, sends the chunk the portable way, which is slower but never wrong.
 */
function jsonOf(values: unknown[][]): string | null {
  for (const row of values) {
    for (const value of row) {
      if (
        value !== null &&
        typeof value !== 'string' &&
        !(typeof value === 'number' && (value | 0) === value)
      ) {
        return null;
      }
    }
  }
  const text = JSON.stringify(values);
  return UNSAFE_ESCAPE.test(text) ? null : text;
}

const UNSAFE_ESCAPE = /\\u(?:0000|d[89a-f])/i;
