// `npm start`: build, then open Kundstart in Electron, or in the browser where Electron's
// program is missing (it is downloaded on first use, which fails without internet).
// Arguments after `npm start --` reach Electron, or `kundstart serve` in browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './binary.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

const BROWSER_MODE_NOTICE =
  'Electron-programmet finns inte på den här datorn (det kunde inte hämtas), så Kundstart ' +
  'startar i webbläsarläge i stället. / The Electron binary is not installed (it could not be ' +
  'downloaded), so Kundstart starts in browser mode instead.';

/** `npm run <script>`, through the npm that started us when there is one. */
function runScript(script) {
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, 'run', script], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', script], {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
  return result.status ?? 1;
}

/** Runs `command` in the foreground: signals go to it, and its exit code becomes ours. */
function runForeground(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, env, stdio: 'inherit' });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
  });
}

function main() {
  const buildStatus = runScript('build');
  if (buildStatus !== 0) process.exit(buildStatus);
  const electron = findElectronBinary();
  if (electron.found) {
    // Inherited, this variable would make Electron behave as plain Node.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    runForeground(electron.path, [root, ...args], env);
    return;
  }
  console.log(BROWSER_MODE_NOTICE);
  runForeground(process.execPath, [path.join(root, 'electron', 'cli', 'bin.js'), 'serve', ...args]);
}

main();
