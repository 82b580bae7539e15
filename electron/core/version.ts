import { readFileSync } from 'node:fs';

/** The version in package.json, found from this file's place in the checkout or the bundle. */
export function appVersion(): string {
  for (const rel of ['../../package.json', '../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'kundstart' && pkg.version) return pkg.version;
    } catch {
      // Not at this depth: try the next.
    }
  }
  return '0.0.0';
}
