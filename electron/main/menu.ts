import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  type BaseWindow,
  type MenuItemConstructorOptions,
} from 'electron';
import { APP_HOME } from './app-url';

/** The Swedish application menu. Roles keep the platforms' own behaviour and shortcuts. */

const NEW_CUSTOMER_URL = `${APP_HOME}#/customers/new`;
export const NEW_CUSTOMER_ITEM_ID = 'new-customer';
const isMac = process.platform === 'darwin';

function showNewCustomer(window: BaseWindow | undefined): void {
  if (!(window instanceof BrowserWindow)) return;
  // Only the fragment changes, so the page stays loaded and its router takes over.
  void window.webContents.loadURL(NEW_CUSTOMER_URL).catch(() => undefined);
}

function showAbout(window: BaseWindow | undefined): void {
  const options = {
    type: 'info' as const,
    title: 'Om Kundstart',
    message: `Kundstart ${app.getVersion()}`,
    detail: 'Förbered byråns kunder för Blikk Easy.',
    buttons: ['OK'],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

function fileMenu(): MenuItemConstructorOptions {
  return {
    label: 'Arkiv',
    submenu: [
      {
        id: NEW_CUSTOMER_ITEM_ID,
        label: 'Ny kund…',
        accelerator: 'CmdOrCtrl+N',
        click: (_item, window) => showNewCustomer(window),
      },
      { type: 'separator' },
      isMac ? { role: 'close', label: 'Stäng fönster' } : { role: 'quit', label: 'Avsluta' },
    ],
  };
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: 'Redigera',
    submenu: [
      { role: 'undo', label: 'Ångra' },
      { role: 'redo', label: 'Gör om' },
      { type: 'separator' },
      { role: 'cut', label: 'Klipp ut' },
      { role: 'copy', label: 'Kopiera' },
      { role: 'paste', label: 'Klistra in' },
      { role: 'selectAll', label: 'Markera allt' },
    ],
  };
}

function viewMenu(): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [{ role: 'toggleDevTools', label: 'Utvecklarverktyg' }];
  return {
    label: 'Visa',
    submenu: [
      { role: 'reload', label: 'Ladda om' },
      ...developer,
      { type: 'separator' },
      { role: 'resetZoom', label: 'Återställ zoom' },
      { role: 'zoomIn', label: 'Zooma in' },
      { role: 'zoomOut', label: 'Zooma ut' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Helskärm' },
    ],
  };
}

function windowMenu(): MenuItemConstructorOptions {
  const mac: MenuItemConstructorOptions[] = [
    { role: 'zoom', label: 'Zooma' },
    { type: 'separator' },
    { role: 'front', label: 'Lägg alla överst' },
  ];
  return {
    label: 'Fönster',
    submenu: [
      { role: 'minimize', label: 'Minimera' },
      ...(isMac ? mac : [{ role: 'close', label: 'Stäng' } as const]),
    ],
  };
}

function helpMenu(): MenuItemConstructorOptions {
  return {
    role: 'help',
    label: 'Hjälp',
    submenu: [{ label: 'Om Kundstart', click: (_item, window) => showAbout(window) }],
  };
}

/** macOS puts the app's own menu first, with Avsluta in it. */
function macAppMenu(): MenuItemConstructorOptions {
  return {
    label: app.name,
    submenu: [
      { label: 'Om Kundstart', click: (_item, window) => showAbout(window) },
      { type: 'separator' },
      { role: 'services', label: 'Tjänster' },
      { type: 'separator' },
      { role: 'hide', label: 'Göm Kundstart' },
      { role: 'hideOthers', label: 'Göm övriga' },
      { role: 'unhide', label: 'Visa alla' },
      { type: 'separator' },
      { role: 'quit', label: 'Avsluta Kundstart' },
    ],
  };
}

export function buildMenu(): Menu {
  const menus = [fileMenu(), editMenu(), viewMenu(), windowMenu(), helpMenu()];
  return Menu.buildFromTemplate(isMac ? [macAppMenu(), ...menus] : menus);
}
