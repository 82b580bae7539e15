import { utilityProcess } from 'electron';
import type { CoreProcess, LaunchCore } from '../core/process/core-client';
import type { FromCore, ToCore } from '../core/process/protocol';

/**
 * The desktop app's launcher of the core process: an Electron utilityProcess running the built
 * core entry (dist/electron/core.cjs), which finds the main process on its parent port. The main
 * process keeps windows, menus, dialogs and the keychain, and only relays the contract.
 */
export function launchUtilityCore(entry: string): LaunchCore {
  return () => {
    const child = utilityProcess.fork(entry, [], {
      serviceName: 'Kundstart core',
      stdio: 'inherit',
    });
    // Messages wait for the process to be up rather than rely on the port queuing them.
    let queued: ToCore[] | undefined = [];
    let exited = false;
    child.once('spawn', () => {
      for (const message of queued ?? []) child.postMessage(message);
      queued = undefined;
    });
    child.once('exit', () => (exited = true));
    const launched: CoreProcess = {
      get pid() {
        return child.pid;
      },
      send: (message) => {
        if (exited) throw new Error('The core process is gone');
        if (queued) queued.push(message);
        else child.postMessage(message);
      },
      onMessage: (listener) =>
        child.on('message', (message: unknown) => listener(message as FromCore)),
      onExit: (listener) => child.once('exit', () => listener()),
      kill: () => void child.kill(),
    };
    return launched;
  };
}
