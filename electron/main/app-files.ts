import { APP_HOST } from './app-url';
import { resolveStaticFile, type StaticFile } from '../core/static-files';

/**
 * Plain Node, no Electron: an app:// URL to a file of the renderer, by the path rules the
 * browser-mode host uses too. Another host of the app scheme names nothing.
 */
export async function resolveAppUrl(rendererDir: string, url: string): Promise<StaticFile> {
  const parsed = new URL(url);
  if (parsed.hostname !== APP_HOST) return { status: 404 };
  return resolveStaticFile(rendererDir, parsed.pathname);
}
