import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CoreProcess, LaunchCore } from './core-client';
import type { FromCore } from './protocol';

/**
 * Plain Node's launcher of the core process (browser mode, tests): `child_process.fork` of the
 * core entry. From a checkout's sources through tsx; from dist/electron/core.cjs when this file
 * itself runs bundled (then the entry is built beside it).
 */
export function forkCore(entry = defaultEntry()): LaunchCore {
  return () => {
    const child = fork(entry, [], {
      execArgv: entry.endsWith('.ts') ? ['--import', tsxLoader()] : [],
      // Structured clone, as Electron's utilityProcess: bytes stay bytes.
      serialization: 'advanced',
      // stdout is the CLI's (--json): whatever the core prints goes to stderr.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    const launched: CoreProcess = {
      pid: child.pid,
      send: (message) => {
        if (!child.connected) throw new Error('The core process is gone');
        child.send(message);
      },
      onMessage: (listener) => child.on('message', (message) => listener(message as FromCore)),
      onExit: (listener) => child.once('exit', () => listener()),
      kill: () => void child.kill('SIGKILL'),
    };
    return launched;
  };
}

function defaultEntry(): string {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return fileURLToPath(new URL('./core-entry.ts', here));
  const built = fileURLToPath(new URL('./core.cjs', here));
  if (existsSync(built)) return built;
  throw new Error(`The core process's bundle is missing (${built}): run npm run build`);
}

/** tsx's loader by its full address: the CLI may be started from any folder, not the checkout. */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}
