import { app, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { externalUrl, isAppUrl } from './app-url';

/**
 * Electron's security checklist in one place (DESIGN.md section 7). Every window gets the same
 * web preferences, and every WebContents, whoever creates it, gets the same guards.
 */

/** MUI's emotion injects <style> elements at run time, hence 'unsafe-inline' for styles only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Developer tools only in development builds.
    devTools: !app.isPackaged,
  };
}

function openExternally(url: string): void {
  const safe = externalUrl(url);
  if (safe) void shell.openExternal(safe).catch(() => undefined);
}

function guardNavigation(contents: WebContents): void {
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Deny every permission (camera, notifications, clipboard read, HID, ...): the app needs none. */
export function lockSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Call once, before any window exists. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));
}
