/** The team database's form fields, and the postgres:// URL they make (never with a password). */
export const TLS_MODES = ['verify-full', 'require', 'disable'] as const;
export type TlsMode = (typeof TLS_MODES)[number];

export interface TeamFields {
  host: string;
  port: string;
  database: string;
  user: string;
  tls: TlsMode;
}

export const EMPTY_TEAM: TeamFields = {
  host: '',
  port: '5432',
  database: 'kundstart',
  user: '',
  tls: 'verify-full',
};

/** The URL, or null while server, database or user is missing. */
export function teamUrl(fields: TeamFields): string | null {
  const host = fields.host.trim();
  const database = fields.database.trim();
  const user = fields.user.trim();
  if (!host || !database || !user) return null;
  const port = fields.port.trim() || '5432';
  return `postgres://${encodeURIComponent(user)}@${host}:${port}/${encodeURIComponent(database)}?sslmode=${fields.tls}`;
}

/** A stored URL back into the fields; anything unreadable gives the empty form. */
export function fieldsOf(url: string): TeamFields {
  try {
    const parsed = new URL(url);
    const mode = parsed.searchParams.get('sslmode');
    return {
      host: parsed.hostname,
      port: parsed.port || '5432',
      database: decodeURIComponent(parsed.pathname.slice(1)),
      user: decodeURIComponent(parsed.username),
      tls: (TLS_MODES as readonly string[]).includes(mode ?? '') ? (mode as TlsMode) : 'disable',
    };
  } catch {
    return EMPTY_TEAM;
  }
}
