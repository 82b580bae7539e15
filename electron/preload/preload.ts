import { contextBridge, ipcRenderer } from 'electron';
import { isChannel, isEventName, parseEvent, type EventName } from '../../shared/contract';
import type { KundstartBridge } from '../../shared/contract/handlers';
import type { AppErrorShape, Result } from '../../shared/errors';
import { IPC_EVENT_CHANNEL, ipcChannelName } from './ipc-names';

/**
 * The page's only door to the services: `window.kundstart` with invoke and on, for contract
 * channels and events only. Nothing of ipcRenderer or Node reaches the page.
 */

type Listener = (payload: unknown) => void;

function failure(error: AppErrorShape): Promise<Result<never>> {
  return Promise.resolve({ ok: false, error });
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value : typeof value;
}

async function invokeMain(channel: string, input: unknown): Promise<Result<unknown>> {
  try {
    return (await ipcRenderer.invoke(ipcChannelName(channel), input)) as Result<unknown>;
  } catch (error) {
    // An input that cannot be cloned, or a main process going away: still a Result, never a throw.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message } };
  }
}

// One IPC listener for all subscriptions: every screen may subscribe, and an emitter warns
// beyond ten listeners on one channel.
const listeners = new Map<EventName, Set<Listener>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (!isEventName(name)) return;
  // Checked against the contract's schema, as inputs are: a wrong shape reaches no screen.
  const checked = parseEvent(name, payload);
  if (checked === null) return;
  for (const listener of [...(listeners.get(name) ?? [])]) {
    try {
      listener(checked);
    } catch (error) {
      console.error(`A listener of ${name} failed`, error);
    }
  }
});

const bridge: KundstartBridge = {
  invoke(channel, input) {
    if (!isChannel(channel)) {
      return failure({ code: 'channel.unknown', message: `Unknown channel: ${describe(channel)}` });
    }
    return invokeMain(channel, input) as ReturnType<KundstartBridge['invoke']>;
  },

  on(event, listener) {
    if (!isEventName(event)) throw new TypeError(`Unknown event: ${describe(event)}`);
    // A wrapper of our own, so that subscribing one function twice gives two subscriptions.
    const entry: Listener = (payload) => listener(payload as Parameters<typeof listener>[0]);
    const subscribed = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, subscribed.add(entry));
    return () => {
      subscribed.delete(entry);
    };
  },
};

contextBridge.exposeInMainWorld('kundstart', bridge);
