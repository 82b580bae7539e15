import { fork } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CoreProcess, LaunchCore } from './core-client';
import type { FromCore } from './protocol';

/**
 * Plain Node's launcher of the core process (browser mode, tests): `child_process.fork` of the
 * core entry, built or from the sources through tsx (see defaultEntry).
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

/**
 * The built core (dist/electron/core.cjs) when it is at least as new as every source it is built
 * from: it starts in half the time the sources take through tsx. Otherwise the sources, so that
 * a checkout never runs a stale build. Bundled, this file finds the core in dist/electron/.
 */
function defaultEntry(): string {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return builtBeside(here);
  const sources = fileURLToPath(new URL('./core-entry.ts', here));
  const built = fileURLToPath(new URL('../../../dist/electron/core.cjs', here));
  const root = fileURLToPath(new URL('../../../', here));
  return isFresh(built, [join(root, 'electron'), join(root, 'shared')]) ? built : sources;
}

function builtBeside(here: string): string {
  // Beside main.cjs in dist/electron/; the CLI's bundle in dist/cli/ finds it in dist/electron/.
  const candidates = ['./core.cjs', '../electron/core.cjs'].map((u) =>
    fileURLToPath(new URL(u, here)),
  );
  const built = candidates.find((file) => existsSync(file));
  if (built) return built;
  throw new Error(`The core process's bundle is missing (${candidates[1]}): run npm run build`);
}

/** Is `file` there and no older than any file under `folders`? */
function isFresh(file: string, folders: string[]): boolean {
  if (!existsSync(file)) return false;
  const builtAt = statSync(file).mtimeMs;
  return folders.every((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' }).every(
      (name) => statSync(join(folder, name)).mtimeMs <= builtAt,
    ),
  );
}

/** tsx's loader by its full address: the CLI may be started from any folder, not the checkout. */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}
