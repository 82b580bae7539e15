/** Debian's Chromium (apt-get install chromium): Playwright never downloads a browser here. */
export { chromiumPath } from '../prerequisites.js';

/** Without the background-networking flags Chromium keeps dialling out of a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
