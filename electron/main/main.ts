import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  session,
  type BrowserWindowConstructorOptions,
} from 'electron';
import type { Core, PreferenceStore } from '../core/core';
import { startCoreClient } from '../core/process/core-client';
import { startUpdates } from './updates';
import { cliArguments, confirmFileKeyInDialog, runCliInApp } from './cli-mode';
import { localFileFor } from '../core/paths';
import { engineFor } from '../core/db/engine';
import { startDatabase, storeDatabaseChoice } from '../core/preferences/database-choice';
import { registerIpc } from '../ipc/register';
import { APP_HOME } from './app-url';
import { dbFlag } from './args';
import { launchUtilityCore } from './core-process';
import { createKeyStore } from './key-store';
import { providePassword, sealingDatabasePasswords } from './database-password';
import { buildMenu } from './menu';
import { openPreferences } from './preferences';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenApp, lockSession, secureWebPreferences } from './security';
import {
  CHOSEN_DATABASE_BUTTONS,
  chosenDatabaseMessage,
  STARTUP_ERROR_TITLE,
  startupErrorMessage,
} from './startup-error';
import { MIN_HEIGHT, MIN_WIDTH } from './window-bounds';
import { initialWindowState, rememberWindowState } from './window-state';
import { saveExportsWithDialog } from './downloads';

/** The shell: one instance, one window, the services in their own process behind IPC. */

const ownWindowIds = new Set<number>();
let core: Core | undefined;
let preferences: PreferenceStore | undefined;

/** Paths inside the app (the project folder in development, app.asar when packaged). */
const appPath = (...segments: string[]) => path.join(app.getAppPath(), ...segments);

function createWindow(store: PreferenceStore): BrowserWindow {
  const { bounds, maximized } = initialWindowState(store);
  const options: BrowserWindowConstructorOptions = {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Kundstart',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(appPath('dist', 'electron', 'preload.cjs')),
  };
  // The scanner cannot follow a function call: secureWebPreferences sets what these checks look
  // for, and test/integration/electron-security.test.ts reads them out of the built bundle.
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  const id = window.id;
  ownWindowIds.add(id);
  window.on('closed', () => ownWindowIds.delete(id));
  rememberWindowState(window, store);
  if (maximized) window.maximize();
  void window.loadURL(APP_HOME);
  return window;
}

function focusWindow(): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function start(dbFile: string, preferences: PreferenceStore): Promise<void> {
  const rendererDir = appPath('dist', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`Gränssnittet är inte byggt (${rendererDir} saknas): kör npm run build.`);
  }
  lockSession(session.defaultSession);
  saveExportsWithDialog(session.defaultSession);
  serveRenderer(session.defaultSession, rendererDir);
  Menu.setApplicationMenu(buildMenu());
  const userData = app.getPath('userData');
  // The key is unsealed here, where the keychain is, and handed to the core in memory only.
  // The key lives beside the file, or for a team database under the app-data folder (paths.ts).
  const keyStore = await createKeyStore(localFileFor(dbFile), confirmFileKeyInDialog);
  // A team database's key is never made here (key-gate.ts): without one the core makes the
  // first key of an empty team database, or refuses with key.teamKeyMissing.
  const team = engineFor(dbFile) === 'postgres';
  const key = keyStore
    ? await (team && keyStore.peek ? keyStore.peek() : keyStore.load())
    : undefined;
  // The services, the database, the outbox worker and every export run in a process of their
  // own: a long export never holds up the window, and a core that dies is restarted.
  const opened = await startCoreClient(launchUtilityCore(appPath('dist', 'electron', 'core.cjs')), {
    dbFile,
    mode: 'electron',
    key,
    // The same preferences.json the shell's electron-store keeps its window state in.
    preferencesDir: userData,
    version: app.getVersion(),
    // Packaged: extraResources puts resources/ beside the asar; in a checkout it is at the root.
    resourcesDir: app.isPackaged
      ? path.join(process.resourcesPath, 'resources')
      : path.join(app.getAppPath(), 'resources'),
    startOutbox: true,
  });
  core = opened;
  registerIpc(sealingDatabasePasswords(opened), ownWindowIds);
  createWindow(preferences);
  // Only an installed app can replace itself; a checkout runs from its sources.
  if (app.isPackaged) void startUpdates(preferences);
}

function fail(error: unknown, dbFile: string | undefined, chosen = false): void {
  if (chosen && dbFile && preferences) return failOnChosen(error, dbFile, preferences);
  dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorMessage(error, dbFile));
  app.exit(1);
}

/** The team database chosen under Inställningar failed: quit, or back to the own file. */
function failOnChosen(error: unknown, dbFile: string, store: PreferenceStore): void {
  const answer = dialog.showMessageBoxSync({
    type: 'error',
    title: STARTUP_ERROR_TITLE,
    message: STARTUP_ERROR_TITLE,
    detail: chosenDatabaseMessage(error, dbFile),
    buttons: [...CHOSEN_DATABASE_BUTTONS],
    defaultId: 0,
    cancelId: 0,
  });
  if (answer === 1) {
    storeDatabaseChoice(store, { kind: 'file' });
    app.relaunch();
  }
  app.exit(1);
}

function run(): void {
  let dbFile: string | undefined;
  let fromPreferences = false;
  app
    .whenReady()
    .then(async () => {
      const store = await openPreferences(app.getPath('userData'));
      preferences = store;
      // --db, else KUNDSTART_DB, else the choice under Inställningar → Databas, else the own file.
      const chosen = startDatabase(dbFlag(process.argv), store);
      dbFile = chosen.database;
      fromPreferences = chosen.fromPreferences;
      if (chosen.fromPreferences) await providePassword(dbFile);
      return start(dbFile, store);
    })
    .catch((error: unknown) => fail(error, dbFile, fromPreferences));

  app.on('second-instance', focusWindow);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && preferences) createWindow(preferences);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    const open = core;
    if (!open) return;
    // Close the database cleanly (WAL checkpoint) before the process ends.
    core = undefined;
    event.preventDefault();
    void open.close().finally(() => app.quit());
  });
}

// Tests and portable setups may keep the app's own files elsewhere; before anything reads them.
const userDataOverride = process.env.KUNDSTART_USER_DATA;
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

const cliArgs = cliArguments(process.argv);
if (cliArgs) {
  // A command, not a window: no single-instance lock, so it runs while the app is open too.
  runCliInApp(cliArgs).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
} else {
  registerAppScheme();
  hardenApp();
  if (app.requestSingleInstanceLock()) run();
  else app.quit();
}
