import type { CoreLink, FromCore, ToCore } from './protocol';

/** How the core process talks to its parent, and how it leaves. */
export interface ParentLink extends CoreLink<FromCore, ToCore> {
  exit(code: number): void;
}

/** The slice of Electron's utilityProcess `process.parentPort` the core uses. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/**
 * The one place the transport is chosen: Electron's utilityProcess gives the child a parent
 * port on `process`; Node's `child_process.fork` gives it `process.send`. No 'electron' import,
 * so the services stay plain Node.
 */
export function parentLink(): ParentLink {
  const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (port) return utilityProcessLink(port);
  if (process.send) return forkLink();
  throw new Error('The core entry must be started by core-client.ts or the desktop app');
}

function utilityProcessLink(port: ParentPort): ParentLink {
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data as ToCore)),
    exit: (code) => process.exit(code),
  };
}

function forkLink(): ParentLink {
  // A parent that is gone (killed, crashed) leaves no orphan core holding the database.
  process.on('disconnect', () => leaveSoon(0));
  return {
    // A reply to a parent that is gone has nobody to reach: dropped, not an 'error' that kills
    // the core mid-transaction.
    send: (message) => void (process.connected && process.send?.(message)),
    onMessage: (listener) => process.on('message', (message) => listener(message as ToCore)),
    exit: (code) => {
      process.exitCode = code;
      process.disconnect();
      leaveSoon(code);
    },
  };
}

/** Exits once nothing is left to do, and at the latest after two seconds. */
function leaveSoon(code: number): void {
  setTimeout(() => process.exit(code), 2000).unref();
}
