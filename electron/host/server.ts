import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/errors';
import { MAX_REQUEST_BYTES } from '../../shared/contract/limits';
import type { Core } from '../core/core';
import { openEventStream } from './event-stream';
import { bearerToken, isAllowedHost, isAllowedOrigin, tokenMatches } from './security';
import { decodePath, resolveStaticFile, staticHeaders } from '../core/static-files';

export interface HostOptions {
  core: Core;
  /** 0 or absent: any free port. */
  port?: number;
  rendererDir: string;
  /** Fixed in tests only; otherwise a fresh random token per start. */
  token?: string;
}

export interface RunningHost {
  /** Includes ?token=: the one address that opens the app. */
  url: string;
  port: number;
  /** The listening socket's own address: what proves loopback only, not the printed URL. */
  address(): AddressInfo;
  close(): Promise<void>;
}

/**
 * Browser mode: the built renderer and the contract's channels over loopback HTTP, for machines
 * without the Electron binary and for the Playwright tests. Only 127.0.0.1, only with the token.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    handle(req, res, { ...options, token, port, streams }).catch(() => {
      if (!res.headersSent)
        send(res, 500, { ok: false, error: { code: 'internal', message: 'Fel' } });
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of streams) s.end();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

interface RequestContext extends HostOptions {
  token: string;
  port: number;
  streams: Set<ServerResponse>;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: RequestContext) {
  if (!isAllowedHost(req, ctx.port) || !isAllowedOrigin(req, ctx.port)) {
    return send(res, 403, refusal('Otillåten avsändare'));
  }
  const url = requestUrl(req, ctx.port);
  if (url === null) return send(res, 400, badPath());
  if (!url.pathname.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, refusal('Fel metod'));
    return serveStatic(ctx.rendererDir, url.pathname, res);
  }
  const channel = decodePath(url.pathname.slice('/api/'.length));
  if (channel === null) return send(res, 400, badPath());
  if (url.pathname === '/api/events' && req.method === 'GET') {
    if (!tokenMatches(ctx.token, url.searchParams.get('token'))) return unauthorized(res);
    return openEventStream(ctx.core, res, ctx.streams);
  }
  if (req.method !== 'POST') return send(res, 405, refusal('Fel metod'));
  if (!tokenMatches(ctx.token, bearerToken(req))) return unauthorized(res);
  const body = await readJson(req);
  if (!body.ok) return send(res, body.status, body.result);
  send(res, 200, await ctx.core.dispatch(channel, body.value, { transport: 'http' }));
}

type Body = { ok: true; value: unknown } | { ok: false; status: number; result: Result<never> };

/**
 * Past the limit the rest of the body is read and dropped rather than the socket reset: a
 * client still sending would otherwise see ECONNRESET instead of the 413 and its code. Only a
 * body far past the limit is cut off.
 */
const DRAIN_LIMIT_BYTES = 4 * MAX_REQUEST_BYTES;

async function readJson(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > DRAIN_LIMIT_BYTES) break;
    if (size <= MAX_REQUEST_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_REQUEST_BYTES) {
    return { ok: false, status: 413, result: invalid('För stor begäran') };
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, result: invalid('Ogiltig JSON') };
  }
}

/**
 * The request target as a URL on this host, or null when it is none. Appended rather than
 * resolved: `//other/x` is a path here, not another host.
 */
function requestUrl(req: IncomingMessage, port: number): URL | null {
  const target = req.url ?? '/';
  if (!target.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1:${port}${target}`);
  } catch {
    return null;
  }
}

/** Serves the built renderer by the path rules the app:// protocol uses too. */
async function serveStatic(rootDir: string, urlPath: string, res: ServerResponse) {
  const asset = await resolveStaticFile(rootDir, urlPath);
  if (asset.status === 200) {
    res.writeHead(200, staticHeaders(asset.file));
    return void createReadStream(asset.file).pipe(res);
  }
  if (asset.status === 400) return send(res, 400, badPath());
  if (asset.status === 403) return send(res, 403, refusal('Otillåten sökväg'));
  res.writeHead(asset.status, { ...staticHeaders(), 'content-type': 'text/plain; charset=utf-8' });
  res.end(asset.status === 503 ? 'Gränssnittet är inte byggt. Kör "npm run build" först.\n' : '');
}

function badPath(): Result<never> {
  return invalid('Adressen har felaktig procentkodning');
}

function invalid(message: string): Result<never> {
  return { ok: false, error: { code: 'input.invalid', message } };
}

function refusal(message: string): Result<never> {
  return { ok: false, error: { code: 'ipc.forbidden', message } };
}

function unauthorized(res: ServerResponse) {
  send(res, 401, refusal('Fel eller saknad nyckel (token)'));
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}
