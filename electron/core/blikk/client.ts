import { createHash } from 'node:crypto';
import type { BlikkUser } from '../../../shared/schemas/blikk';
import { blikkError, readPage } from './answers';
import { mapBlikkUser, UnreadableUser } from './map-user';
import { cancelled, limiterFor, realSleep, type RateLimiter, type Sleep } from './rate-limit';
import { callWithRetries, type Answer, type Call } from './retries';

/** What the client needs to reach one customer's Blikk account. */
export interface BlikkCredentials {
  appId: string;
  appSecret: string;
}

export interface BlikkClientOptions {
  /** e.g. https://publicapi.blikk.com (no trailing slash needed). */
  baseUrl: string;
  /** Injected for tests: token expiry and Retry-After as an HTTP date are read against it. */
  now?: () => Date;
  /** Injected for tests: the backoff's waits. Default: setTimeout. (The rate limit and Retry-After
   * are waited in real time: they are Blikk's, counted on its clock.) */
  sleep?: (ms: number) => Promise<void>;
  /** Per request; default 15 s. */
  timeoutMs?: number;
  /** Aborts everything in flight and every wait (cancel). */
  signal?: AbortSignal;
}

/** One connection's client: its token, its rate limit (at most 4 calls a second). */
export interface BlikkClient {
  /** Fetches a token and the first users page: what "test connection" checks. */
  test(): Promise<{ users: number }>;
  /** Every user, page by page (pageSize 100, page from 1, until totalPages). */
  listUsers(onPage?: (done: number, total: number) => void): Promise<BlikkUser[]>;
}

const PAGE_SIZE = 100;
/** A token is renewed this long before Blikk's `expires`. */
const TOKEN_MARGIN_MS = 60_000;
/** More pages than this (100,000 users) is not a customer's account: refused as unreadable. */
const MAX_PAGES = 1000;

/**
 * Tokens of the whole process, per address and application (and secret: a changed secret never
 * rides on the old one's token), kept in memory only until shortly before they expire.
 */
const tokens = new Map<string, { token: string; renewAt: number }>();

/** Forgets every cached token (tests). */
export function clearBlikkTokens(): void {
  tokens.clear();
}

interface Connection extends Call {
  credentials: BlikkCredentials;
  tokenKey: string;
}

export function createBlikkClient(
  credentials: BlikkCredentials,
  options: BlikkClientOptions,
): BlikkClient {
  const c = connection(credentials, options);
  return {
    test: async () => {
      const page = readPage(await authorized(c, usersPath(1, 1)), c);
      return { users: page.totalItemCount };
    },
    listUsers: (onPage) => listUsers(c, onPage),
  };
}

function connection(credentials: BlikkCredentials, options: BlikkClientOptions): Connection {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const injected = options.sleep;
  const sleep: Sleep = injected
    ? async (ms, signal) => {
        await injected(ms);
        if (signal?.aborted) throw cancelled();
      }
    : realSleep;
  const limiter: RateLimiter = limiterFor(baseUrl);
  const secretHash = createHash('sha256').update(credentials.appSecret).digest('hex');
  return {
    baseUrl,
    now,
    sleep,
    limiter,
    timeoutMs: options.timeoutMs ?? 15_000,
    signal: options.signal,
    secrets: [credentials.appSecret],
    credentials,
    tokenKey: `${baseUrl.toLowerCase()}\n${credentials.appId}\n${secretHash}`,
  };
}

const usersPath = (page: number, pageSize = PAGE_SIZE) =>
  `/v1/Admin/Users?page=${page}&pageSize=${pageSize}`;

async function listUsers(
  c: Connection,
  onPage?: (done: number, total: number) => void,
): Promise<BlikkUser[]> {
  const users: BlikkUser[] = [];
  let totalPages = 1;
  for (let page = 1; page <= totalPages; page++) {
    const read = readPage(await authorized(c, usersPath(page)), c);
    if (page === 1) totalPages = read.totalPages;
    if (totalPages > MAX_PAGES) {
      throw blikkError('blikk.malformed', { totalPages: read.totalPages });
    }
    users.push(...mapPage(read.items, c.now()));
    onPage?.(page, Math.max(totalPages, 1));
  }
  return users;
}

/** Every item or none: one unreadable item refuses the page, and so the whole listing. */
function mapPage(items: unknown[], today: Date): BlikkUser[] {
  return items.map((item, index) => {
    try {
      return mapBlikkUser(item, today);
    } catch (err) {
      if (err instanceof UnreadableUser) {
        throw blikkError('blikk.malformed', { item: index, reason: err.message });
      }
      throw err;
    }
  });
}

/** A Bearer call; on 401 the token is renewed once and the call made again. */
async function authorized(c: Connection, path: string): Promise<Answer> {
  for (let renewed = false; ; renewed = true) {
    const token = await bearerToken(c);
    const answer = await callWithRetries(c, 'GET', path, `Bearer ${token}`);
    if (answer.status === 401 && !renewed) {
      tokens.delete(c.tokenKey);
      continue;
    }
    return refuseFailures(answer, c);
  }
}

async function bearerToken(c: Connection): Promise<string> {
  const cached = tokens.get(c.tokenKey);
  if (cached && cached.renewAt > c.now().getTime()) return cached.token;
  const basic = Buffer.from(`${c.credentials.appId}:${c.credentials.appSecret}`).toString('base64');
  const answer = refuseFailures(
    await callWithRetries(c, 'POST', '/v1/Auth/Token', `Basic ${basic}`),
    c,
  );
  const json = answer.json;
  const token = isRecord(json) ? json['accessToken'] : undefined;
  if (typeof token !== 'string' || token === '') {
    throw blikkError('blikk.notBlikk', { status: answer.status, expected: 'accessToken' });
  }
  c.secrets.push(token);
  tokens.set(c.tokenKey, { token, renewAt: renewAt(isRecord(json) ? json['expires'] : null, c) });
  return token;
}

/** Shortly before `expires`; a token that lives less than the margin is renewed halfway. */
function renewAt(expires: unknown, c: Connection): number {
  const now = c.now().getTime();
  const at = typeof expires === 'string' ? Date.parse(expires) : NaN;
  if (Number.isNaN(at)) return now + TOKEN_MARGIN_MS;
  return at - TOKEN_MARGIN_MS > now ? at - TOKEN_MARGIN_MS : now + (at - now) / 2;
}

/** 401, 403 and any other answer Blikk's API does not give become their codes. */
function refuseFailures(answer: Answer, c: Connection): Answer {
  if (answer.status === 401) throw blikkError('blikk.auth', answer.details(c));
  if (answer.status === 403) throw blikkError('blikk.forbidden', answer.details(c));
  if (answer.status < 200 || answer.status > 299 || answer.json === undefined) {
    throw blikkError('blikk.notBlikk', answer.details(c));
  }
  return answer;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
