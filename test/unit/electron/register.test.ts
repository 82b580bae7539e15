import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import type { Core, EventListener } from '../../../electron/core/core';

/** Just enough of Electron's main-process API for the IPC registration. */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const sent: unknown[][] = [];
  const contents = { send: (...args: unknown[]) => sent.push(args), isDestroyed: () => false };
  const window = { id: 7, webContents: contents };
  return { handlers, sent, contents, window };
});

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) =>
      fake.handlers.set(channel, handler),
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  },
  BrowserWindow: {
    fromWebContents: (contents: unknown) => (contents === fake.contents ? fake.window : null),
    fromId: (id: number) => (id === fake.window.id ? fake.window : null),
  },
}));

const { registerIpc } = await import('../../../electron/ipc/register');

function fakeCore() {
  let listener: EventListener | undefined;
  const core: Core = {
    dispatch: vi.fn(async () => ({ ok: true as const, value: 'answered' })),
    subscribe: (l) => {
      listener = l;
      return () => (listener = undefined);
    },
    close: async () => undefined,
  };
  return { core, emit: (...args: Parameters<EventListener>) => listener?.(...args) };
}

const fromOurPage = (url = 'app://kundstart/#/') => ({
  sender: fake.contents,
  senderFrame: { url, parent: null },
});

let unregister: (() => void) | undefined;
afterEach(() => {
  unregister?.();
  unregister = undefined;
  fake.sent.length = 0;
});

describe('IPC registration', () => {
  it('serves exactly the contract channels, each under kundstart:<channel>', () => {
    unregister = registerIpc(fakeCore().core, new Set([7]));
    expect([...fake.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => `kundstart:${c}`).sort());
  });

  it('refuses to register twice, and can register again once undone', () => {
    const { core } = fakeCore();
    unregister = registerIpc(core, new Set([7]));
    expect(() => registerIpc(core, new Set([7]))).toThrow(/already registered/);
    unregister();
    expect(fake.handlers.size).toBe(0);
    unregister = registerIpc(core, new Set([7]));
    expect(fake.handlers.size).toBe(CHANNELS.length);
  });

  it('passes a call from our own top frame to the core, over the ipc transport', async () => {
    const { core } = fakeCore();
    unregister = registerIpc(core, new Set([7]));
    const answer = await fake.handlers.get('kundstart:customers:list')?.(fromOurPage(), {});
    expect(answer).toEqual({ ok: true, value: 'answered' });
    expect(core.dispatch).toHaveBeenCalledWith('customers:list', {}, { transport: 'ipc' });
  });

  it('answers ipc.forbidden to a sub-frame or a foreign page, without reaching the core', async () => {
    const { core } = fakeCore();
    unregister = registerIpc(core, new Set([7]));
    const handler = fake.handlers.get('kundstart:app:info');
    const subFrame = {
      sender: fake.contents,
      senderFrame: { url: 'app://kundstart/', parent: {} },
    };
    for (const event of [
      subFrame,
      fromOurPage('https://evil.example/'),
      { ...fromOurPage(), senderFrame: null },
    ]) {
      expect(await handler?.(event, {})).toMatchObject({
        ok: false,
        error: { code: 'ipc.forbidden' },
      });
    }
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a window the shell did not create', async () => {
    const { core } = fakeCore();
    unregister = registerIpc(core, new Set([8]));
    const answer = await fake.handlers.get('kundstart:app:info')?.(fromOurPage(), {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.forbidden' } });
  });

  it('pushes the core events to our windows on kundstart:event', () => {
    const { core, emit } = fakeCore();
    unregister = registerIpc(core, new Set([7]));
    emit('customers:changed', { ids: ['c1'] });
    expect(fake.sent).toEqual([['kundstart:event', 'customers:changed', { ids: ['c1'] }]]);
  });
});
