import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { Core } from '../core/core';
import { IPC_EVENT_CHANNEL, ipcChannelName } from '../preload/ipc-names';
import { isTrustedSender, type SenderFacts } from './sender';

let registered = false;

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'ipc.forbidden', message: 'The sender is not a top frame of a Kundstart window' },
};

function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    url: frame?.url,
    isTopFrame: frame !== null && frame.parent === null,
    windowId: BrowserWindow.fromWebContents(event.sender)?.id,
  };
}

function forwardEvents(core: Core, ownWindowIds: ReadonlySet<number>): () => void {
  return core.subscribe((name, payload) => {
    for (const id of ownWindowIds) {
      const contents = BrowserWindow.fromId(id)?.webContents;
      if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, name, payload);
    }
  });
}

/**
 * Serves every contract channel over IPC, derived from the one map in shared/ so no channel can
 * be forgotten or invented here. `ownWindowIds` is the live set of windows the shell created;
 * anything else (a sub-frame, another origin, a window we did not make) is refused.
 * Returns the function that undoes it all.
 */
export function registerIpc(core: Core, ownWindowIds: ReadonlySet<number>): () => void {
  if (registered) throw new Error('IPC channels are already registered');
  registered = true;
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event, input: unknown) =>
      isTrustedSender(senderFacts(event), ownWindowIds)
        ? core.dispatch(channel, input, { transport: 'ipc' })
        : FORBIDDEN,
    );
  }
  const unsubscribe = forwardEvents(core, ownWindowIds);
  return () => {
    unsubscribe();
    for (const channel of CHANNELS) ipcMain.removeHandler(ipcChannelName(channel));
    registered = false;
  };
}
