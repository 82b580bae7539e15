import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron as electron,
  expect,
  test as base,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import iconv from 'iconv-lite';
import { ELECTRON_MISSING_REASON, findElectronBinary } from '../../electron/binary.js';
import type { WebPreferences } from 'electron';
import type { KundstartBridge } from '../../shared/contract/handlers';
import { UsersPage } from '../e2e/pages/users';

/** What the preload adds to the page (types only: evaluate() bodies run in the page). */
type AppWindow = Window & { kundstart: KundstartBridge; require?: unknown; process?: unknown };

const root = fileURLToPath(new URL('../../', import.meta.url));
const binary = findElectronBinary();

const test = base.extend<{ app: ElectronApplication; page: Page }>({
  // Each test gets its own database and its own userData (preferences, sealed key, lock).
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern
  app: async ({}, use) => {
    if (!binary.found) throw new Error(binary.reason);
    const dir = await mkdtemp(path.join(tmpdir(), 'kundstart-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses to start as root (CI) with its OS sandbox on; the renderer's
      // sandbox: true, which these tests check, is a separate setting and stays.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
      env: {
        ...process.env,
        KUNDSTART_DB: path.join(dir, 'kundstart.db'),
        KUNDSTART_USER_DATA: path.join(dir, 'user-data'),
      },
    });
    await use(app);
    await app.close();
    await rm(dir, { recursive: true, force: true });
  },
  page: async ({ app }, use) => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

test.skip(!binary.found, ELECTRON_MISSING_REASON);

test.describe('the desktop window', () => {
  test('opens on the customer portfolio, titled Kundstart, served from app://', async ({
    page,
  }) => {
    expect(page.url()).toMatch(/^app:\/\/kundstart\//);
    await expect(page).toHaveTitle('Kunder – Kundstart');
    await expect(page.getByRole('heading', { name: 'Kunder', exact: true })).toBeVisible();
  });

  test('has the Swedish menu, whose Ny kund opens the new-customer form', async ({ app, page }) => {
    const labels = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label),
    );
    expect(labels).toEqual(
      expect.arrayContaining(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']),
    );
    await app.evaluate(({ Menu, BrowserWindow }) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById('new-customer');
      const window = BrowserWindow.getAllWindows()[0];
      item?.click(undefined, window);
    });
    await expect(page).toHaveURL('app://kundstart/#/customers/new');
  });
});

test.describe('the page reaches the services only through window.kundstart', () => {
  test('a contract channel answers', async ({ page }) => {
    const info = await page.evaluate(() =>
      (window as unknown as AppWindow).kundstart.invoke('app:info', {}),
    );
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron' } });
  });

  test('a channel outside the contract is refused before it leaves the page', async ({ page }) => {
    const answer = await page.evaluate(() => {
      const invoke = (window as unknown as AppWindow).kundstart.invoke as (
        channel: string,
        input: unknown,
      ) => Promise<unknown>;
      return invoke('fs:read', {});
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'channel.unknown' } });
  });

  test('no Node and no Electron is visible to the page', async ({ page }) => {
    const visible = await page.evaluate(() => {
      const page = window as unknown as AppWindow;
      return {
        require: typeof page.require,
        process: typeof page.process,
        bridge: Object.keys(page.kundstart).sort(),
      };
    });
    expect(visible).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: ['invoke', 'on'],
    });
  });
});

test.describe('the security settings', () => {
  test('the window runs isolated, sandboxed and without Node', async ({ app }) => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // At run time since Electron 9, though missing from electron.d.ts.
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
        { getLastWebPreferences(): WebPreferences | null } | undefined;
      const p = contents?.getLastWebPreferences();
      return {
        contextIsolation: p?.contextIsolation,
        sandbox: p?.sandbox,
        nodeIntegration: p?.nodeIntegration,
        webSecurity: p?.webSecurity,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  test('every app:// answer carries the strict CSP', async ({ page }) => {
    const csp = await page.evaluate(async () =>
      (await fetch('app://kundstart/')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  test('window.open opens nothing', async ({ app, page }) => {
    const opened = await page.evaluate(() => window.open('https://example.org') === null);
    expect(opened).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('a link cannot navigate the app away', async ({ app, page }) => {
    const attempted = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) => {
          BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) =>
            resolve(event.url),
          );
        }),
    );
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    expect(await attempted).toBe('https://example.org/');
    // Give a navigation that was not stopped the time to commit.
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/kundstart\//);
  });
});

test.describe('importing users in the desktop window', () => {
  test('a staff list dropped on the users page opens its preview, read as Windows-1252', async ({
    page,
  }) => {
    const created = await page.evaluate(
      (input) => (window as unknown as AppWindow).kundstart.invoke('customers:create', input),
      {
        version: 'easy' as const,
        licences: 10,
        customer: { name: 'Åkesson Bygg AB', orgnr: '559244-0001' },
        contact: null,
        invoicing: { payer: 'customer' as const, method: 'email' as const },
      },
    );
    if (!created.ok) throw new Error(created.error.code);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/customers/${created.value.id}/users`);
    await expect(page.getByRole('heading', { name: 'Användare', level: 1 })).toBeVisible();

    const dir = await mkdtemp(path.join(tmpdir(), 'kundstart-drop-'));
    const file = path.join(dir, 'personal.csv');
    const list = ['Förnamn;Efternamn;E-post;Anställningsnr', 'Åsa;Öberg;asa@akesson.example;1'];
    await writeFile(file, iconv.encode(`${list.join('\r\n')}\r\n`, 'win1252'));
    await new UsersPage(page).dropFile(file);
    await rm(dir, { recursive: true, force: true });

    await expect(
      page.getByRole('heading', { name: 'Importera användare', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText('personal.csv · CSV · avgränsat med semikolon')).toBeVisible();
    await expect(
      page.getByRole('grid', { name: 'Rader i filen' }).getByText('Öberg'),
    ).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/kundstart\//);
  });
});

test.describe('Kundstart --cli', () => {
  test('answers the command line itself, on the desktop app’s own database, with no window', async () => {
    if (!binary.found) throw new Error(binary.reason);
    const dir = await mkdtemp(path.join(tmpdir(), 'kundstart-cli-'));
    const cli = (...args: string[]) =>
      spawnSync(
        binary.path,
        [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root, '--cli', ...args],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            KUNDSTART_DB: path.join(dir, 'kundstart.db'),
            KUNDSTART_USER_DATA: path.join(dir, 'user-data'),
            // Where the keychain is missing (a bare Linux), the question is answered yes.
            KUNDSTART_ALLOW_FILE_KEY: '1',
          },
          timeout: 60_000,
        },
      );
    const created = cli('customer', 'create', '--name', 'Åkesson Bygg AB', '--orgnr', '5592440001');
    expect(created.status, created.stderr).toBe(0);
    const listed = cli('customer', 'list', '--json');
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('Åkesson Bygg AB');
    await rm(dir, { recursive: true, force: true });
  });
});
