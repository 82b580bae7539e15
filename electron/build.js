// Bundles the Electron shell and the CLI: `node electron/build.js` (npm run build:electron).
// The renderer is Vite's job (npm run build:renderer); this builds what Electron and Node load.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
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

// The CLI, and with its `serve` the browser-mode host: run by electron/cli/bin.js while it is
// newer than the sources (else bin.js compiles them with tsx, seconds per start). ESM for its
// top-level await and import.meta.url; dist/cli/ sits two folders below the checkout as
// electron/cli/ and electron/core/ do, so their relative URLs (resources/, dist/renderer/) hold.
// Split into chunks so that what a command imports with import() (exceljs, pdfmake, the import
// readers...) is read only when that command runs.
const cliOut = path.join(root, 'dist', 'cli');
const cli = {
  ...common,
  entryPoints: { main: 'electron/cli/cli-entry.ts' },
  outdir: cliOut,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  splitting: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
};

// The core process (electron/core/process/core-entry.ts): the services, the database and the
// outbox worker, forked by the main process as a utilityProcess and by plain Node's
// fork-core.ts when that runs bundled. Built like main: npm packages stay in node_modules.
const coreProcess = {
  ...main,
  entryPoints: ['electron/core/process/core-entry.ts'],
  outfile: path.join(out, 'core.cjs'),
};

// The import's worker thread (electron/core/import/plan-worker.ts), started by the core for
// large staff lists and found beside core.cjs: built like the core.
const importWorker = {
  ...main,
  entryPoints: ['electron/core/import/plan-worker.ts'],
  outfile: path.join(out, 'import-worker.cjs'),
};

// The render thread (electron/core/render/render-worker.ts): PDF and XLSX off the core's thread.
const renderWorker = {
  ...main,
  entryPoints: ['electron/core/render/render-worker.ts'],
  outfile: path.join(out, 'render-worker.cjs'),
};

try {
  // Chunks are named by content: old ones would pile up.
  rmSync(cliOut, { recursive: true, force: true });
  await Promise.all([
    build(main),
    build(preload),
    build(coreProcess),
    build(importWorker),
    build(renderWorker),
    build(cli),
  ]);
  console.log(
    `Built ${path.relative(root, out)}/main.cjs, preload.cjs, core.cjs, import-worker.cjs, render-worker.cjs and dist/cli/main.mjs`,
  );
} catch {
  // esbuild has already printed the errors.
  process.exitCode = 1;
}
