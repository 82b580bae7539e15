import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { BlikkApiUser } from './blikk-fixtures';

/**
 * A fake of Blikk's public API on 127.0.0.1 for tests (DESIGN.md section 8): `POST /v1/Auth/Token`
 * with Basic appId:secret answers `{ objectName, accessToken, expires }`; `GET /v1/Admin/Users`
 * with Bearer answers pages `{ page, pageSize, itemCount, totalItemCount, totalPages, items }`
 * (page from 1, pageSize at most 100); `GET /v1/Admin/Users/{id}` one user, its salaryType
 * written as a string as some of Blikk's answers do. At most `ratePerSecond` calls in any second,
 * counted over every app together, else 429 with Retry-After. Faults can be scripted for the
 * next calls, and every call is recorded.
 */
export interface BlikkApp {
  appId: string;
  secret: string;
  /** users: false answers 403 on the users listing (the application lacks the permission). */
  permissions?: { users?: boolean };
  users: BlikkApiUser[];
}

export interface BlikkServerOptions {
  apps: BlikkApp[];
  /** Calls allowed in any 1-second window, every app together; default 4; 0: no limit. */
  ratePerSecond?: number;
  /** How long a token lives; default an hour. */
  tokenLifetimeMs?: number;
  /** The server's clock for `expires` (tokens also die by expireTokens()). */
  now?: () => Date;
}

/** What the next calls do instead of answering normally. */
export type BlikkFault =
  /** 429; retryAfter as seconds ('2') or an HTTP date (new Date(...).toUTCString()). */
  | { kind: 'rateLimited'; retryAfter: string }
  | { kind: 'status'; status: number; body?: string }
  /** The socket is destroyed before any answer. */
  | { kind: 'drop' }
  /** The answer is held this long before it is sent (a timeout). */
  | { kind: 'hang'; ms: number }
  /** A users page with the envelope but items that are not users. */
  | { kind: 'malformedPage' }
  /** 200 with an HTML page, as a proxy or a captive portal would answer. */
  | { kind: 'html' }
  /** 401 as for an expired token (also ends every token issued so far). */
  | { kind: 'expiredToken' };

export interface BlikkCall {
  /** Date.now() when the request arrived. */
  at: number;
  method: string;
  path: string;
  page: number | null;
  /** The app of the Basic credentials or of the token; null when unknown. */
  appId: string | null;
  /** 0 when the connection was dropped. */
  status: number;
}

export interface BlikkServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  calls: BlikkCall[];
  setUsers(appId: string, users: BlikkApiUser[]): void;
  /** The next `times` calls (to `path` if given: 'token' or 'users') get this fault. */
  fail(fault: BlikkFault, times?: number, path?: 'token' | 'users'): void;
  /** Every token issued so far answers 401 from now on. */
  expireTokens(): void;
  /** The most calls recorded in any 1-second window (what the rate limit must keep at 4). */
  maxCallsPerSecond(): number;
  close(): Promise<void>;
}

interface ScriptedFault {
  fault: BlikkFault;
  left: number;
  path?: 'token' | 'users';
}

interface State {
  options: Required<Omit<BlikkServerOptions, 'apps'>>;
  apps: Map<string, BlikkApp>;
  tokens: Map<string, { appId: string; expiresAt: number }>;
  faults: ScriptedFault[];
  calls: BlikkCall[];
}

export async function startBlikkServer(options: BlikkServerOptions): Promise<BlikkServer> {
  const state: State = {
    options: {
      ratePerSecond: options.ratePerSecond ?? 4,
      tokenLifetimeMs: options.tokenLifetimeMs ?? 3_600_000,
      now: options.now ?? (() => new Date()),
    },
    apps: new Map(options.apps.map((app) => [app.appId, { ...app }])),
    tokens: new Map(),
    faults: [],
    calls: [],
  };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => void handle(state, req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: state.calls,
    setUsers: (appId, users) => {
      const app = state.apps.get(appId);
      if (!app) throw new Error(`no app ${appId}`);
      app.users = users;
    },
    fail: (fault, times = 1, path) => void state.faults.push({ fault, left: times, path }),
    expireTokens: () => state.tokens.clear(),
    maxCallsPerSecond: () =>
      maxInWindow(
        state.calls.map((c) => c.at),
        1000,
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The most timestamps within any window of `ms` (a window starts at each timestamp). */
export function maxInWindow(times: number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= ms) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

type Route = 'token' | 'users' | 'user' | 'unknown';

function routeOf(method: string, path: string): Route {
  if (method === 'POST' && /^\/v1\/Auth\/Token\/?$/i.test(path)) return 'token';
  if (method === 'GET' && /^\/v1\/Admin\/Users\/?$/i.test(path)) return 'users';
  if (method === 'GET' && /^\/v1\/Admin\/Users\/[^/]+$/i.test(path)) return 'user';
  return 'unknown';
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const route = routeOf(req.method ?? 'GET', url.pathname);
  const call: BlikkCall = {
    at: Date.now(),
    method: req.method ?? 'GET',
    path: url.pathname,
    page: url.searchParams.has('page') ? Number(url.searchParams.get('page')) : null,
    appId: appOf(state, req, route),
    status: 0,
  };
  state.calls.push(call);
  req.resume();
  const send = (status: number, body: string, headers: Record<string, string> = {}) => {
    call.status = status;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body);
  };
  if (overRate(state, call.at)) {
    send(429, JSON.stringify({ message: 'Too many requests' }), { 'retry-after': '1' });
    return;
  }
  const fault = nextFault(state, route);
  if (fault && (await applyFault(state, fault, req, res, send))) return;
  answer(state, route, req, url, send);
}

/** Counts every call that arrived, refused ones included, as a strict server would. */
function overRate(state: State, at: number): boolean {
  const limit = state.options.ratePerSecond;
  if (limit <= 0) return false;
  const recent = state.calls.filter((c) => at - c.at < 1000).length;
  return recent > limit;
}

function nextFault(state: State, route: Route): BlikkFault | null {
  const scripted = state.faults.find((f) => f.left > 0 && (!f.path || f.path === route));
  if (!scripted) return null;
  scripted.left--;
  state.faults = state.faults.filter((f) => f.left > 0);
  return scripted.fault;
}

type Send = (status: number, body: string, headers?: Record<string, string>) => void;

/** true when the fault answered (or dropped) the call. */
async function applyFault(
  state: State,
  fault: BlikkFault,
  req: IncomingMessage,
  res: ServerResponse,
  send: Send,
): Promise<boolean> {
  switch (fault.kind) {
    case 'rateLimited':
      send(429, JSON.stringify({ message: 'Too many requests' }), {
        'retry-after': fault.retryAfter,
      });
      return true;
    case 'status':
      send(fault.status, fault.body ?? JSON.stringify({ message: `Error ${fault.status}` }));
      return true;
    case 'drop':
      req.socket.destroy();
      return true;
    case 'hang':
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return res.destroyed;
    case 'malformedPage':
      send(200, JSON.stringify(envelope(1, 100, 3, ['not a user', 42, null])));
      return true;
    case 'html':
      send(200, '<!doctype html><html><body><h1>Logga in på nätverket</h1></body></html>', {
        'content-type': 'text/html; charset=utf-8',
      });
      return true;
    case 'expiredToken':
      state.tokens.clear();
      send(401, JSON.stringify({ message: 'Token expired' }));
      return true;
  }
}

function answer(state: State, route: Route, req: IncomingMessage, url: URL, send: Send): void {
  if (route === 'token') return issueToken(state, req, send);
  if (route === 'unknown') return send(404, JSON.stringify({ message: 'Not found' }));
  const app = bearerApp(state, req);
  if (!app) return send(401, JSON.stringify({ message: 'Unauthorized' }));
  if (app.permissions?.users === false) {
    return send(403, JSON.stringify({ message: 'The application lacks permission Admin.Users' }));
  }
  if (route === 'user') return sendUser(app, url, send);
  const page = Number(url.searchParams.get('page') ?? '1');
  const pageSize = Number(url.searchParams.get('pageSize') ?? '25');
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1) {
    return send(400, JSON.stringify({ message: 'Invalid paging' }));
  }
  if (pageSize > 100) return send(400, JSON.stringify({ message: 'pageSize may be at most 100' }));
  const items = app.users.slice((page - 1) * pageSize, page * pageSize);
  send(200, JSON.stringify(envelope(page, pageSize, app.users.length, items)));
}

function envelope(page: number, pageSize: number, total: number, items: unknown[]) {
  return {
    page,
    pageSize,
    itemCount: items.length,
    totalItemCount: total,
    totalPages: Math.ceil(total / pageSize),
    items,
  };
}

/** A user's detail: salaryType as a string ('Monthly', 'Hourly'), as Blikk's detail writes it. */
function sendUser(app: BlikkApp, url: URL, send: Send): void {
  const id = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  const user = app.users.find((u) => String(u.id) === id);
  if (!user) return send(404, JSON.stringify({ message: 'Not found' }));
  const names: Record<string, string> = { '1': 'Monthly', '2': 'Hourly' };
  const salaryType = names[String(user.salaryType)] ?? user.salaryType;
  send(200, JSON.stringify({ ...user, salaryType }));
}

function issueToken(state: State, req: IncomingMessage, send: Send): void {
  const app = basicApp(state, req);
  if (!app) return send(401, JSON.stringify({ message: 'Invalid application credentials' }));
  const accessToken = randomBytes(24).toString('base64url');
  const expires = new Date(state.options.now().getTime() + state.options.tokenLifetimeMs);
  state.tokens.set(accessToken, { appId: app.appId, expiresAt: expires.getTime() });
  send(200, JSON.stringify({ objectName: 'Token', accessToken, expires: expires.toISOString() }));
}

function basicCredentials(req: IncomingMessage): { appId: string; secret: string } | null {
  const m = /^Basic (.+)$/i.exec(req.headers.authorization ?? '');
  if (!m?.[1]) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { appId: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

function basicApp(state: State, req: IncomingMessage): BlikkApp | null {
  const credentials = basicCredentials(req);
  const app = credentials && state.apps.get(credentials.appId);
  return app && app.secret === credentials.secret ? app : null;
}

function bearerApp(state: State, req: IncomingMessage): BlikkApp | null {
  const m = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '');
  const token = m?.[1] ? state.tokens.get(m[1]) : undefined;
  if (!token || token.expiresAt <= state.options.now().getTime()) return null;
  return state.apps.get(token.appId) ?? null;
}

function appOf(state: State, req: IncomingMessage, route: Route): string | null {
  if (route === 'token') return basicCredentials(req)?.appId ?? null;
  const m = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '');
  return (m?.[1] && state.tokens.get(m[1])?.appId) || null;
}
