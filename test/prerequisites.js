// What the tests need from the machine beyond node_modules: Debian's Chromium (the browser
// tests; Playwright never downloads one here), poppler-utils (the PDF tests read the PDFs
// with pdftotext, pdftoppm and pdfinfo) and postgresql (the tests start a throwaway cluster
// with its initdb and pg_ctl: test/support/postgres.ts). `npm test` checks these first and names the packages
// to install in one line, instead of failing tests one by one; `.ci/run` installs what it names.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../electron/binary.js';

/** Where test/e2e/chromium.ts looks when CHROMIUM_PATH is not set. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @param {NodeJS.ProcessEnv} [env] */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH ?? (isProgram(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/**
 * Whether the Electron suite needs a virtual display: the binary is there (else the suite skips
 * itself), on Linux, with no display of its own. Then it runs under xvfb-run.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function electronNeedsXvfb(env = process.env) {
  return process.platform === 'linux' && !env.DISPLAY && findElectronBinary(env).found;
}

/** Where Debian's postgresql puts a version's server programs (/usr/lib/postgresql/15/bin). */
const DEBIAN_POSTGRESQL = '/usr/lib/postgresql';

/**
 * The folder of the newest installed PostgreSQL server's initdb and pg_ctl: PG_BIN_DIR when
 * set, else Debian's. Debian keeps them off PATH, one folder per major version.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function postgresBinDir(env = process.env) {
  const dirs = env.PG_BIN_DIR ? [env.PG_BIN_DIR] : debianPostgresBinDirs();
  return dirs.find((dir) => ['initdb', 'pg_ctl'].every((p) => isProgram(join(dir, p))));
}

/** Debian's server folders, newest major version first. */
function debianPostgresBinDirs() {
  try {
    return readdirSync(DEBIAN_POSTGRESQL)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => join(DEBIAN_POSTGRESQL, v, 'bin'));
  } catch {
    return [];
  }
}

/** Each Debian package, and the programs of it that the tests run. */
const PACKAGES = [
  { name: 'chromium', present: (env) => isProgram(chromiumPath(env)) },
  {
    name: 'poppler-utils',
    present: (env) => ['pdftotext', 'pdftoppm', 'pdfinfo'].every((p) => onPath(p, env)),
  },
  { name: 'postgresql', present: (env) => postgresBinDir(env) !== undefined },
  { name: 'xvfb', present: (env) => !electronNeedsXvfb(env) || onPath('xvfb-run', env) },
];

function isProgram(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(program, env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.some((dir) => isProgram(join(dir, program)));
}

/**
 * The Debian packages the tests need that this machine lacks, in a fixed order.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string[]}
 */
export function missingPackages(env = process.env) {
  return PACKAGES.filter((p) => !p.present(env)).map((p) => p.name);
}

/** @param {string[]} missing */
export function installHint(missing) {
  return `Missing Debian packages for the tests: apt-get install ${missing.join(' ')}`;
}

// `node test/prerequisites.js` prints the missing packages, for .ci/run to install.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(missingPackages().join(' '));
}
