import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseEntry, isBundleFresh, newestMtime } from '../../../electron/cli/entry.js';
import { tempDir } from '../../integration/support';

let dir: { dir: string; cleanup: () => void };
beforeEach(() => (dir = tempDir('kundstart-entry-')));
afterEach(() => dir.cleanup());

/** Writes a file (making its folders) with the given modification time in seconds. */
function file(rel: string, seconds: number): void {
  const path = join(dir.dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
  utimesSync(path, seconds, seconds);
}

/** A checkout with its sources at t = 100 s. */
function checkout(): void {
  file('electron/cli/cli-entry.ts', 100);
  file('electron/core/db/data-source.ts', 100);
  file('shared/contract/index.ts', 100);
  file('package.json', 100);
}

describe('which program kundstart runs', () => {
  it('compares the bundle with the newest source; a missing bundle is never fresh', () => {
    expect(isBundleFresh(200, 100)).toBe(true);
    expect(isBundleFresh(100, 100)).toBe(true);
    expect(isBundleFresh(99, 100)).toBe(false);
    expect(isBundleFresh(undefined, 100)).toBe(false);
  });

  it('finds the newest file anywhere under the folders, and ignores a path that is absent', () => {
    checkout();
    file('shared/domain/deep/er/money.ts', 150);
    expect(newestMtime(dir.dir, ['electron', 'shared', 'nothing-here'])).toBe(150_000);
  });

  it('runs the bundle when it was built after every source', () => {
    checkout();
    file('dist/cli/main.mjs', 200);
    const entry = chooseEntry(dir.dir);
    expect(entry.kind).toBe('bundle');
    expect(entry.url.href).toBe(new URL(`file://${dir.dir}/dist/cli/main.mjs`).href);
  });

  it('runs the sources when one was edited after the build, or when nothing was built', () => {
    checkout();
    expect(chooseEntry(dir.dir).kind).toBe('source');
    file('dist/cli/main.mjs', 200);
    file('shared/contract/index.ts', 201);
    const entry = chooseEntry(dir.dir);
    expect(entry.kind).toBe('source');
    expect(entry.url.href).toBe(new URL(`file://${dir.dir}/electron/cli/cli-entry.ts`).href);
  });

  it('counts an npm install after the build as a change (the bundle carries some packages)', () => {
    checkout();
    file('dist/cli/main.mjs', 200);
    file('node_modules/.package-lock.json', 300);
    expect(chooseEntry(dir.dir).kind).toBe('source');
  });
});
