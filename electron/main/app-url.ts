/**
 * The app's own origin. The renderer is served from app://kundstart/ (see protocol.ts), never
 * from file://, so "ours" is one exact scheme and host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kundstart';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_HOME = `${APP_ORIGIN}/`;

/**
 * Compares scheme and host rather than `URL.origin`: Node's URL parser reports the origin of
 * a scheme it does not know as "null", while Chromium treats app: as a standard scheme.
 */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.hostname === APP_HOST &&
      parsed.port === '' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** https: and mailto: links may open in the user's own programs; nothing else leaves the app. */
export function externalUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.href : null;
  } catch {
    return null;
  }
}
