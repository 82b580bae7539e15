import { fileURLToPath } from 'node:url';

// This file and the built CLI (dist/cli/main.mjs) both sit two folders below the checkout, so
// the one relative URL finds it from the sources and from the bundle alike.
/** The checkout (or installed package) the CLI runs from. */
export const CHECKOUT_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** The built interface that `serve` hands to the browser. */
export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
