// Bundles the Electron shell: `node electron/build.js` (npm run build:electron).
// The renderer is Vite's job (npm run build:renderer); this builds only what Electron loads.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

// The main process: our TypeScript bundled, every npm package left to node_modules (TypeORM
// and sqlite3 must not be bundled; electron-store and conf are ESM-only and reached through
// import(), which a CommonJS file may still use). import.meta.url does not exist in CommonJS,
// so it is rebuilt from __filename for any module that asks.
const main = {
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: path.join(out, 'main.cjs'),
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { 'import.meta.url': '__kundstartImportMetaUrl' },
  banner: {
    js: "const __kundstartImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  },
};

// The preload runs sandboxed: it can require nothing but 'electron', so everything else it
// uses (the contract's channel names, zod) is bundled into this one file. platform 'browser'
// makes any Node built-in slipping in a build error rather than a failure at run time.
const preload = {
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: path.join(out, 'preload.cjs'),
  platform: 'browser',
  target: 'chrome130',
  external: ['electron'],
  // Read on every page load; the source map keeps stack traces readable.
  minify: true,
};

// The core process (electron/core/process/core-entry.ts): the services, the database and the
// outbox worker, forked by the main process as a utilityProcess and by plain Node's
// fork-core.ts when that runs bundled. Built like main: npm packages stay in node_modules.
const coreProcess = {
  ...main,
  entryPoints: ['electron/core/process/core-entry.ts'],
  outfile: path.join(out, 'core.cjs'),
};

try {
  await Promise.all([build(main), build(preload), build(coreProcess)]);
  console.log(`Built ${path.relative(root, out)}/main.cjs, preload.cjs and core.cjs`);
} catch {
  // esbuild has already printed the errors.
  process.exitCode = 1;
}
