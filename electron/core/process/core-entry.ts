import { parentLink } from './parent-link';
import { serveCore } from './serve-core';

/**
 * The core process: forked by core-client.ts (browser mode, tests; from the sources through tsx
 * or as dist/electron/core.cjs) and by the desktop app's main process (utilityProcess).
 */
serveCore(parentLink());
