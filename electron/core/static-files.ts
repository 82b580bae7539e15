import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

/**
 * Plain Node, no Electron: how a request path maps to a file of the built renderer. The one set
 * of path rules for both doors to it, the app:// protocol (electron/main/protocol.ts) and the
 * browser-mode host (electron/host/server.ts).
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * 400: the path's percent-encoding is malformed; 403: it tries to leave the folder (or hides a
 * NUL, a backslash, a drive or stream colon); 404: no such file; 503: the renderer is not built.
 */
export type StaticFile = { status: 200; file: string; type: string } | { status: StaticRefusal };
export type StaticRefusal = 400 | 403 | 404 | 503;

/** Decoded `urlPath` (a URL's pathname, still percent-encoded), or null when malformed. */
export function decodePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

/**
 * The file `urlPath` names inside `root`, or 403. An encoded `..` segment is refused outright,
 * even one that would stay inside: no honest link spells it that way.
 */
export function containedPath(root: string, urlPath: string): string | 400 | 403 {
  const decoded = decodePath(urlPath);
  if (decoded === null) return 400;
  if (/[\0\\:]/.test(decoded) || decoded.split('/').includes('..')) return 403;
  const file = path.resolve(root, `.${path.posix.sep}${decoded}`);
  const relative = path.relative(root, file);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`);
  return outside || path.isAbsolute(relative) ? 403 : file;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves a request path to a file. A path without an extension that names no file is a route
 * of the single-page app and gets index.html; a missing file with an extension is a real 404, so
 * a missing script is not answered with HTML.
 */
export async function resolveStaticFile(rootDir: string, urlPath: string): Promise<StaticFile> {
  const root = path.resolve(rootDir);
  const file = containedPath(root, urlPath);
  if (typeof file === 'number') return { status: file };
  if (await isFile(file)) return { status: 200, file, type: mimeType(file) };
  if (path.extname(file) !== '') return { status: 404 };
  const index = path.join(root, 'index.html');
  return (await isFile(index))
    ? { status: 200, file: index, type: mimeType(index) }
    : { status: 503 };
}

/** The headers of every answer, a file or a refusal: the CSP above all. */
export function staticHeaders(file?: string): Record<string, string> {
  const cache =
    file === undefined || path.basename(file) === 'index.html' ? 'no-store' : 'max-age=3600';
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': cache,
    ...(file === undefined ? {} : { 'content-type': mimeType(file) }),
  };
}
