import { spawnSync } from 'node:child_process';

/**
 * Runs one of poppler-utils' tools (pdftotext, pdfinfo, pdftoppm) and returns what it printed.
 * poppler-utils is installed here and in CI: its absence is a broken setup, not a skip.
 */
export function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) {
    throw new Error(`${tool} could not run (${result.error.message}): install poppler-utils`);
  }
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}
