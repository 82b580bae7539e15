import pg from 'pg';

/** How long a probe waits for the server before calling it unreachable. */
const PROBE_TIMEOUT_MS = 3000;

/**
 * Whether the team database answers now: a connection of its own (the pool's may be half-dead
 * after a drop) that connects and asks `SELECT 1`. Used after a call failed with something
 * other than Kundstart's own refusals, to tell "the server is gone" from a real fault, by
 * asking the server rather than reading the error's text.
 */
export async function teamReachable(url: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    application_name: 'kundstart-probe',
  });
  // A socket error after connect must not become an unhandled 'error' event.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
