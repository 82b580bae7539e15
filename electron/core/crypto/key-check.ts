import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A data key's check value: an HMAC-SHA256 of a constant under the key, `v1.<base64url>`. It
 * tells whether a key is the one a database is encrypted with, and gives nothing of the key
 * away (finding the key from it is as hard as breaking HMAC-SHA256). Stored in the database's
 * `key_check` row and in a key file handed to a colleague.
 */
const LABEL = 'kundstart-key-check';

export function keyCheckValue(key: Buffer): string {
  return `v1.${createHmac('sha256', key).update(LABEL).digest('base64url')}`;
}

/** Whether `key` is the key `check` was made from (compared in constant time). */
export function keyMatchesCheck(key: Buffer, check: string): boolean {
  const ours = Buffer.from(keyCheckValue(key));
  const theirs = Buffer.from(check);
  return ours.length === theirs.length && timingSafeEqual(ours, theirs);
}
