import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium): Playwright never downloads a browser here. */
export function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  );
}

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
