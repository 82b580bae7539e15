import { app, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { externalUrl, isAppUrl } from './app-url';

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
    // A middle click would open a link in a new window; the window-open handler denies it anyway.
    disableBlinkFeatures: 'Auxclick',
    // Developer tools only in development builds.
    devTools: !app.isPackaged,
  };
}

function openExternally(url: string): void {
  const safe = externalUrl(url);
  // Reviewed: only https: and mailto: addresses reach the OS (externalUrl, tested in app-url).
  if (safe) void shell.openExternal(safe).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK
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
