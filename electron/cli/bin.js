#!/usr/bin/env node
// The `kundstart` command of a checkout: runs the TypeScript sources through tsx, so no build
// step stands between a change and the CLI that tests and scripts call.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
