import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { resolveAppUrl } from './app-files';
import { APP_SCHEME } from './app-url';
import { staticHeaders } from '../core/static-files';

/**
 * The renderer is served from app://kundstart/ rather than file://: a real origin for the CSP
 * and the IPC sender check, and no reach into the rest of the disk.
 */

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

async function respond(rendererDir: string, url: string): Promise<Response> {
  const asset = await resolveAppUrl(rendererDir, url);
  if (asset.status !== 200)
    return new Response(null, { status: asset.status, headers: staticHeaders() });
  // readFile rather than net.fetch(file://): it also reads from inside app.asar.
  const body = await readFile(asset.file);
  return new Response(body, { headers: staticHeaders(asset.file) });
}

/** Serves `rendererDir` (dist/renderer) on app:// in `session`, with the CSP on every answer. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: staticHeaders() });
    }
    return respond(rendererDir, request.url).catch(
      () => new Response(null, { status: 500, headers: staticHeaders() }),
    );
  });
}
