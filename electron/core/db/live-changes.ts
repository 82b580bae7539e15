import pg from 'pg';
import type { DataSource } from 'typeorm';
import { parseEvent, type EventName, type EventPayload } from '../../../shared/contract';
import { logInfo } from '../log';
import { outsideTransactionScope } from './transaction-scope';

/*
 * Changes by colleagues, live (issue 16 item 3). On a team database every core tells the others
 * what it changed with PostgreSQL's NOTIFY on one channel, and listens on it with a connection of
 * its own; a colleague's notification becomes the same event the core's own change would have
 * sent, so open screens reload as they do for the staff member's own edits.
 */

/** The channel every Kundstart core of a database notifies and listens on. */
export const LIVE_CHANNEL = 'kundstart';

/**
 * The events that say data changed, which a colleague's screens must show. Their payloads are
 * ids only, never personal data. Progress and the core's own restart are this desktop's alone.
 */
const LIVE_EVENTS: ReadonlySet<EventName> = new Set<EventName>([
  'customers:changed',
  'bureau:changed',
  'settings:changed',
  'users:changed',
  'invoices:changed',
  'outbox:changed',
  'blikk:changed',
]);

/** PostgreSQL refuses a payload of 8000 bytes or more; ids are ASCII, with room to spare. */
const MAX_PAYLOAD = 7500;

/** What travels: the core that made the change (so it can skip its own), the event, its ids. */
interface Notice {
  core: string;
  event: EventName;
  payload: unknown;
}

/** The notifications for one event: a long list of ids is split until each fits. */
export function noticesFor<E extends EventName>(
  core: string,
  event: E,
  payload: EventPayload<E>,
): string[] {
  if (!LIVE_EVENTS.has(event)) return [];
  const text = JSON.stringify({ core, event, payload } satisfies Notice);
  if (text.length <= MAX_PAYLOAD) return [text];
  const [key, ids] = Object.entries(payload).find(([, v]) => Array.isArray(v)) ?? [];
  if (!key || !Array.isArray(ids) || ids.length < 2) return [];
  const half = Math.ceil(ids.length / 2);
  return [ids.slice(0, half), ids.slice(half)].flatMap((part) =>
    noticesFor(core, event, { ...payload, [key]: part }),
  );
}

/**
 * Tells the colleagues' cores about a change this core made. Services emit after their
 * transaction has committed, so a notification never announces rows a colleague cannot read
 * yet; it is its own statement, after the commit (see README: a crash between the two loses the
 * notification, never data).
 */
export function notifyColleagues(ds: () => DataSource, core: string) {
  return <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    for (const notice of noticesFor(core, event, payload)) {
      outsideTransactionScope(() =>
        ds()
          .query(`SELECT pg_notify('${LIVE_CHANNEL}', ?)`, [notice])
          .catch((err: unknown) => logInfo(`Live change not sent (${event}): ${codeOf(err)}`)),
      );
    }
  };
}

export interface Listening {
  stop(): Promise<void>;
}

export interface ListenOptions {
  url: string;
  /** This core's id: its own notifications are skipped (its screens had the event already). */
  core: string;
  deliver: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** The first wait before a reconnect, doubled after each failure up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** The listening connection dropped (false) or is listening again (true): the team watch. */
  onConnection?: (up: boolean) => void;
}

/**
 * LISTENs on a connection of its own (a pooled one would drop the LISTEN when it is returned),
 * delivering colleagues' notifications; when the connection drops (the server restarted, the
 * network went away) it connects again, waiting longer after each failure.
 */
export function listenForColleagues(options: ListenOptions): Listening {
  const { minDelayMs = 250, maxDelayMs = 30_000 } = options;
  let delay = minDelayMs;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let reconnecting = false;

  const retry = (failed: pg.Client) => {
    if (stopped || client !== failed) return;
    client = null;
    reconnecting = true;
    options.onConnection?.(false);
    void failed.end().catch(() => {});
    logInfo(`Live changes: the listening connection dropped; again in ${delay} ms`);
    timer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, maxDelayMs);
  };

  const connect = () => {
    timer = null;
    if (stopped) return;
    const next = new pg.Client({
      connectionString: options.url,
      application_name: 'kundstart-live',
    });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL) receive(options, message.payload);
    });
    next.on('error', () => retry(next));
    next.on('end', () => retry(next));
    next
      .connect()
      .then(() => next.query(`LISTEN ${LIVE_CHANNEL}`))
      .then(
        () => {
          // Back after a drop: what colleagues changed meanwhile was not heard, so every screen
          // reads again (first connection: nothing was missed).
          if (reconnecting) catchUp(options.deliver);
          reconnecting = false;
          options.onConnection?.(true);
          delay = minDelayMs;
        },
        () => retry(next),
      );
  };

  connect();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}

/**
 * After the connection was down: the events that name no single customer, with no ids, so that
 * every open list and page reloads (the windows reload on the event's name; a users page also
 * reloads its users on outbox:changed). A customer's settings page waits for the next change.
 */
function catchUp(deliver: ListenOptions['deliver']): void {
  deliver('customers:changed', { ids: [] });
  deliver('outbox:changed', { customerIds: [] });
  deliver('blikk:changed', { customerIds: [] });
  deliver('invoices:changed', {});
  deliver('bureau:changed', {});
}

/** A colleague's notification as the event it names; anything else is dropped. */
function receive(options: ListenOptions, text: string | undefined): void {
  let notice: Partial<Notice>;
  try {
    notice = JSON.parse(text ?? '') as Partial<Notice>;
  } catch {
    return;
  }
  if (notice.core === options.core || !notice.event || !LIVE_EVENTS.has(notice.event)) return;
  const payload = parseEvent(notice.event, notice.payload);
  if (payload !== null) options.deliver(notice.event, payload);
}

function codeOf(err: unknown): string {
  return (err as { code?: string } | null)?.code ?? 'error';
}
