import type { CallContext } from '../../../shared/contract/handlers';
import type { EventName } from '../../../shared/contract';
import type { AppErrorShape, Result } from '../../../shared/errors';
import type { CoreOptions } from '../core';

/**
 * The messages between a core process and the process that hosts the windows or the browser-mode
 * server: the same on a Node `child_process` IPC channel and on Electron's utilityProcess port.
 * Everything here crosses a structured clone, so it is plain data (a Buffer arrives as bytes).
 */

/** What the core needs to open: CoreOptions without the functions that cannot cross. */
export interface CoreStart {
  dbFile: string;
  mode: CoreOptions['mode'];
  version?: string;
  resourcesDir?: string;
  /** The preferences' folder when it is not the database's (Electron: userData). */
  preferencesDir?: string;
  /** The data key already unsealed by the desktop shell's keychain; absent: the 0600 key file. */
  key?: Uint8Array;
  /** Sends queued messages in the background (the desktop app and browser mode do). */
  startOutbox: boolean;
}

/** Parent → core. */
export type ToCore =
  | { type: 'start'; options: CoreStart }
  | { type: 'request'; id: number; channel: string; input: unknown; meta: CallContext }
  | { type: 'close' };

/** Core → parent. */
export type FromCore =
  | { type: 'ready' }
  /** The core could not open (a newer database, a damaged key): the reason, said once. */
  | { type: 'failed'; error: AppErrorShape }
  | { type: 'reply'; id: number; result: Result<unknown> }
  | { type: 'event'; event: EventName; payload: unknown };

/** The two ends' view of one link: how a message goes out and how one comes in. */
export interface CoreLink<Out, In> {
  send(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** Is this a message of the protocol? Anything else on the channel is ignored, not trusted. */
export function isMessage<M extends { type: string }>(value: unknown): value is M {
  return typeof value === 'object' && value !== null && typeof (value as M).type === 'string';
}
