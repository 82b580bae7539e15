// Where the Electron program is, found without ever triggering its download.
// `require('electron')` downloads the binary on first use, which fails on machines without
// internet; this module reads the same files electron's index.js reads, and only looks.
// Shared by electron/launch.js (npm start) and test/electron (Playwright), so both agree.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ELECTRON_MISSING_REASON = 'Electron binary not installed (cannot be downloaded here)';

const require = createRequire(import.meta.url);

/** The executable's place inside electron's dist folder, as electron's install.js names it. */
function platformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function findElectronBinary(env = process.env) {
  const dir = electronPackageDir();
  if (!dir) return { found: false, reason: ELECTRON_MISSING_REASON };
  const pathFile = path.join(dir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  // Mirrors electron's index.js: an override dist folder wins; otherwise path.txt, written
  // by a completed download, names the executable inside node_modules/electron/dist.
  const candidate = override
    ? path.join(override, recorded || platformPath(process.platform))
    : recorded && path.join(dir, 'dist', recorded);
  return candidate && isFile(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: ELECTRON_MISSING_REASON };
}
