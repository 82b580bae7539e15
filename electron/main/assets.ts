import { stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST } from './app-url';

/** Plain Node, no Electron: how an app:// URL maps to a file of the built renderer. */

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

export type Asset = { status: 200; file: string; type: string } | { status: 403 | 404 };

/** The requested path inside `root`, or null when it would leave it (`..`, `%2e%2e%2f`, `\`). */
export function containedPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.sep}${decoded}`);
  const relative = path.relative(root, file);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`);
  if (outside || path.isAbsolute(relative)) return null;
  return file;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves a request to a file. A path without an extension that names no file is a route of
 * the single-page app and gets index.html; a missing file with an extension is a real 404, so
 * a missing script is not answered with HTML.
 */
export async function resolveAsset(root: string, url: string): Promise<Asset> {
  const parsed = new URL(url);
  if (parsed.hostname !== APP_HOST) return { status: 404 };
  const file = containedPath(root, parsed.pathname);
  if (file === null) return { status: 403 };
  if (await isFile(file)) return { status: 200, file, type: mimeType(file) };
  if (path.extname(file) !== '') return { status: 404 };
  const index = path.join(root, 'index.html');
  return (await isFile(index))
    ? { status: 200, file: index, type: mimeType(index) }
    : { status: 404 };
}
