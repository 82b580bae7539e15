import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * The absolute path of an `--out FILE`, checked before any work is done: a folder that does not
 * exist is a refusal that names it (`export.folderMissing`), never a raw ENOENT after the fact.
 */
export function outPath(out: string): string {
  const path = resolve(out);
  const folder = dirname(path);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new AppError('export.folderMissing', `Mappen finns inte: ${folder}`, { folder });
  }
  return path;
}

/** Writes what a command exports to the file named with `--out`. */
export function writeOut(out: string, bytes: Uint8Array): string {
  const path = outPath(out);
  writeFileSync(path, bytes);
  return path;
}
