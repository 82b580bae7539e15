import { isLoopbackHost } from './mail';

/* The address of Blikk's API: one rule for the settings form, the services and the CLI. */

/**
 * null when the address may be used: https, or http only to this machine (as for SMTP without
 * encryption: nothing readable leaves the computer); no user name, password, query or fragment.
 */
export function blikkUrlIssue(url: string): 'blikk.urlInvalid' | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'blikk.urlInvalid';
  }
  const secure =
    parsed.protocol === 'https:' ||
    (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname));
  const plain = !parsed.username && !parsed.password && !parsed.search && !parsed.hash;
  return secure && plain && parsed.hostname !== '' ? null : 'blikk.urlInvalid';
}

/** Without trailing slashes: paths such as /v1/Auth/Token are appended to it. */
export const normalisedBlikkUrl = (url: string): string => url.trim().replace(/\/+$/, '');
