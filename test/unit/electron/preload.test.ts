import { describe, expect, it, vi } from 'vitest';
import type { KundstartBridge } from '../../../shared/contract/handlers';

/** The sandboxed preload, with contextBridge and ipcRenderer stood in for. */
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({
    ok: true,
    value: 1,
  })),
  eventListener: undefined as undefined | ((event: unknown, ...args: unknown[]) => void),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (_channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      fake.eventListener = listener;
    },
  },
}));

await import('../../../electron/preload/preload');
const bridge = fake.exposed.get('kundstart') as KundstartBridge;
const push = (name: string, payload: unknown) => fake.eventListener?.({}, name, payload);

describe('the preload bridge', () => {
  it('exposes window.kundstart with invoke and on, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['kundstart']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('sends a contract channel to the main process as kundstart:<channel>', async () => {
    expect(await bridge.invoke('customers:list', {})).toEqual({ ok: true, value: 1 });
    expect(fake.invoke).toHaveBeenLastCalledWith('kundstart:customers:list', {});
  });

  it('refuses any other channel before it leaves the page', async () => {
    fake.invoke.mockClear();
    const invoke = bridge.invoke as (channel: unknown, input: unknown) => Promise<unknown>;
    for (const channel of ['fs:read', 'kundstart:app:info', '__proto__', 42]) {
      expect(await invoke(channel, {})).toMatchObject({
        ok: false,
        error: { code: 'channel.unknown' },
      });
    }
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('answers a failed IPC call with a Result, never a rejection', async () => {
    fake.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    expect(await bridge.invoke('app:info', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('delivers contract events to their listeners until unsubscribed', () => {
    const seen: unknown[] = [];
    const off = bridge.on('customers:changed', (payload) => seen.push(payload));
    push('customers:changed', { ids: ['a'] });
    push('bureau:changed', {});
    push('not:an-event', {});
    off();
    push('customers:changed', { ids: ['b'] });
    expect(seen).toEqual([{ ids: ['a'] }]);
  });

  it('drops an event whose payload is not of the contract’s shape', () => {
    const seen: unknown[] = [];
    const off = bridge.on('import:progress', (payload) => seen.push(payload));
    push('import:progress', { customerId: 'c', done: 'half', total: 10 });
    push('import:progress', { customerId: 'c', done: 5, total: 10 });
    off();
    expect(seen).toEqual([{ customerId: 'c', done: 5, total: 10 }]);
  });

  it('refuses to subscribe to an event outside the contract', () => {
    const on = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => on('secret:event', () => undefined)).toThrow(TypeError);
  });
});
