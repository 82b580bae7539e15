import { describe, expect, it, vi } from 'vitest';

/** Electron's app and shell stood in for: what the guards register and what they open. */
const fake = vi.hoisted(() => ({
  openExternal: vi.fn(async (_url: string) => undefined),
  created: undefined as undefined | ((event: unknown, contents: unknown) => void),
}));

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    on: (name: string, listener: (event: unknown, contents: unknown) => void) => {
      if (name === 'web-contents-created') fake.created = listener;
    },
  },
  shell: { openExternal: fake.openExternal },
}));

const { hardenApp, lockSession, secureWebPreferences } =
  await import('../../../electron/main/security');

type Handler = (...args: unknown[]) => unknown;

/** A session that keeps the handlers lockSession gives it. */
function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const session = {
    setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
    setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
    setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
  };
  return { session, handlers };
}

/** A window's contents that keeps its listeners, as hardenApp's guard registers them. */
function fakeContents() {
  const listeners: Record<string, Handler> = {};
  let openHandler: Handler = () => ({ action: 'allow' });
  const contents = {
    on: (name: string, listener: Handler) => (listeners[name] = listener),
    setWindowOpenHandler: (h: Handler) => (openHandler = h),
  };
  const navigate = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners[name]?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, listeners, navigate, open: (url: string) => openHandler({ url }) };
}

const PERMISSIONS = ['media', 'notifications', 'clipboard-read', 'geolocation', 'hid', 'serial'];

describe('the permission handlers', () => {
  it('refuse every permission a page asks for, by request and by check', () => {
    const { session, handlers } = fakeSession();
    lockSession(session as never);
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission, 'app://kundstart', {}), permission).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb', origin: 'app://kundstart' })).toBe(false);
  });
});

describe('the navigation guards', () => {
  hardenApp();
  const guarded = () => {
    const window = fakeContents();
    fake.created?.({}, window.contents);
    return window;
  };

  it('keep a window on app://kundstart/, whatever a link or a redirect says', () => {
    const window = guarded();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(window.navigate(name, 'https://evil.example/'), name).toBe(true);
      expect(window.navigate(name, 'file:///etc/passwd'), name).toBe(true);
      expect(window.navigate(name, 'app://kundstart/kunder'), name).toBe(false);
    }
  });

  it('open no new window: https and mailto go to the OS, anything else nowhere', () => {
    const window = guarded();
    fake.openExternal.mockClear();
    expect(window.open('https://www.blikk.se/')).toEqual({ action: 'deny' });
    expect(window.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(window.open('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' });
    expect(fake.openExternal.mock.calls.map(([url]) => url)).toEqual(['https://www.blikk.se/']);
  });

  it('refuse every webview', () => {
    const window = guarded();
    const event = { preventDefault: vi.fn() };
    window.listeners['will-attach-webview']!(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the window preferences', () => {
  it('isolate and sandbox the page, with no Node, no webview and no developer tools packaged', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });
});
