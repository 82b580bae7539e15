import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts one of the core's worker threads: the built script beside the built core
 * (dist/electron/NAME.cjs, also found from the CLI's bundle in dist/cli/) when the core runs
 * built, else its TypeScript source through tsx's loader. `here` is the caller's
 * import.meta.url, `source` the script's address relative to it.
 */
export function launchWorker(here: string, source: string, built: string): Worker {
  if (!here.endsWith('.ts')) return new Worker(builtWorker(here, built));
  const entry = new URL(source, here).href;
  const tsx = JSON.stringify(tsxEsmApi());
  const code = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true });
}

function builtWorker(here: string, built: string): string {
  for (const candidate of [`./${built}`, `../electron/${built}`]) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return file;
  }
  throw new Error(`The thread's bundle ${built} is missing beside ${here}: run npm run build`);
}

/** tsx's ESM API by its full address (its package exports give require() the CommonJS one). */
function tsxEsmApi(): string {
  const root = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(join(root, 'dist', 'esm', 'api', 'index.mjs')).href;
}
