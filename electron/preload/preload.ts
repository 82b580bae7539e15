import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannel, isEventName } from '../../shared/contract';
import type { KundstartBridge } from '../../shared/contract/handlers';
import type { AppErrorShape, Result } from '../../shared/errors';
import { IPC_EVENT_CHANNEL, ipcChannelName } from './ipc-names';

/**
 * The page's only door to the services: `window.kundstart` with invoke and on, for contract
 * channels and events only. Nothing of ipcRenderer or Node reaches the page.
 */

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

const bridge: KundstartBridge = {
  invoke(channel, input) {
    if (!isChannel(channel)) {
      return failure({ code: 'channel.unknown', message: `Unknown channel: ${describe(channel)}` });
    }
    return invokeMain(channel, input) as ReturnType<KundstartBridge['invoke']>;
  },

  on(event, listener) {
    if (!isEventName(event)) throw new TypeError(`Unknown event: ${describe(event)}`);
    const forward = (_: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('kundstart', bridge);
