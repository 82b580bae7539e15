import { AppError } from '../../../shared/errors';
import type { BlikkUser } from '../../../shared/schemas/blikk';

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
  /** Injected for tests: waits (rate limit, backoff). Default: setTimeout. */
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

export function createBlikkClient(
  _credentials: BlikkCredentials,
  _options: BlikkClientOptions,
): BlikkClient {
  // Stub: the client helper builds it (token, paging, rate limit, retries, tolerant mapping).
  const notBuilt = () => Promise.reject(new AppError('internal', 'Inte byggt ännu'));
  return { test: notBuilt, listUsers: notBuilt };
}
