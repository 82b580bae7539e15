import { extname } from 'node:path';
import { APP_ORIGIN } from './app-url';

/**
 * Only files the app itself made may be saved: blob: URLs, which only a page of ours can create
 * (it is all the window ever shows). Their origin is ours, or opaque if Chromium does not count
 * app: as an origin; never the web's. Nothing is fetched.
 */
export function isOwnFile(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`) || url.startsWith('blob:null/');
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Excel-arbetsbok', extensions: ['xlsx'] },
  '.csv': { name: 'CSV (semikolonavgränsad)', extensions: ['csv'] },
  '.json': { name: 'JSON', extensions: ['json'] },
};

/** The save dialog for an exported file: in Swedish, in Documents, filtered by its type. */
export function saveDialogOptions(fileName: string, documentsDir: string) {
  const filter = FILTERS[extname(fileName).toLowerCase()];
  return {
    title: 'Spara fil',
    buttonLabel: 'Spara',
    defaultPath: `${documentsDir.replace(/[\\/]$/, '')}/${fileName}`,
    filters: filter ? [filter, { name: 'Alla filer', extensions: ['*'] }] : [],
  };
}
