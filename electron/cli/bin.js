#!/usr/bin/env node
// The `kundstart` command: the built CLI when it is newer than the sources (it starts at once),
// else the TypeScript sources through tsx, so a checkout without a build and a developer
// editing sources both run today's code (see entry.js).
import { fileURLToPath } from 'node:url';
import { chooseEntry } from './entry.js';

const entry = chooseEntry(fileURLToPath(new URL('../../', import.meta.url)));
if (entry.kind === 'source') {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(entry.url.href);
