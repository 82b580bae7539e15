/**
 * How contract channels travel over Electron IPC. Shared by the preload and electron/ipc, and
 * free of imports so the sandboxed preload bundle stays small.
 *
 * A contract channel `customers:list` is invoked as `kundstart:customers:list`; every pushed
 * event arrives on the one channel `kundstart:event` as (name, payload).
 */
export const IPC_PREFIX = 'kundstart:';
export const IPC_EVENT_CHANNEL = 'kundstart:event';

export function ipcChannelName(channel: string): string {
  return IPC_PREFIX + channel;
}
