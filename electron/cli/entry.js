// Which program the `kundstart` command runs. The built CLI (dist/cli/main.mjs, written by
// `npm run build`) starts at once; the TypeScript sources through tsx take seconds to compile.
// The bundle is used only while it is at least as new as everything it was built from, so a
// developer editing sources, or a checkout never built, still runs today's code.
// Plain JavaScript: bin.js needs it before anything can compile TypeScript.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Relative to the checkout: the built CLI and the sources it is built from. */
export const BUNDLE = 'dist/cli/main.mjs';
export const SOURCE = 'electron/cli/cli-entry.ts';
/**
 * What the bundle is built from: our sources, plus what an `npm install` rewrites (the bundle
 * carries the packages every command loads). Walking them costs a few milliseconds.
 */
export const BUILT_FROM = ['electron', 'shared', 'package.json', 'node_modules/.package-lock.json'];

function mtimeOf(file) {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/** The newest modification time (ms) of the files under these paths; 0 when there are none. */
export function newestMtime(root, paths) {
  let newest = 0;
  const visit = (p) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (!stat.isDirectory()) return void (newest = Math.max(newest, stat.mtimeMs));
    for (const entry of readdirSync(p)) visit(path.join(p, entry));
  };
  for (const p of paths) visit(path.join(root, p));
  return newest;
}

/** A bundle built after (or as) the newest source was written is that source's build. */
export function isBundleFresh(bundleMtime, newestSource) {
  return bundleMtime !== undefined && bundleMtime >= newestSource;
}

/** The bundle when it is fresh, else the sources (which need tsx registered first). */
export function chooseEntry(root) {
  const fresh = isBundleFresh(mtimeOf(path.join(root, BUNDLE)), newestMtime(root, BUILT_FROM));
  const file = path.join(root, fresh ? BUNDLE : SOURCE);
  return { kind: fresh ? 'bundle' : 'source', url: pathToFileURL(file) };
}
