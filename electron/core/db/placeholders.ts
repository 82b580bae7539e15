/**
 * `?` placeholders numbered `$1, $2...` for PostgreSQL, so that a service's raw SQL is written
 * once, as SQLite reads it. A `?` inside a quoted string or identifier is left alone; SQL that
 * already numbers its placeholders (TypeORM's own) is returned as it is.
 */
export function numberPlaceholders(sql: string): string {
  if (/\$\d/.test(sql)) return sql;
  let n = 0;
  let quote: string | null = null;
  let out = '';
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else {
      out += ch === '?' ? `$${++n}` : ch;
    }
  }
  return out;
}
