/**
 * How much one request may carry, the same on every transport: the browser-mode host counts the
 * body's bytes before parsing, the dispatcher measures what IPC hands it. A file travels as
 * base64 (4 characters per 3 bytes); the rest of a request (a mapping, a file name) fits in the
 * margin, and a checked import table of 100,000 rows (about 30 MB as JSON) fits too.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_FILE_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;
export const MAX_REQUEST_BYTES = MAX_FILE_BASE64_CHARS + 10 * 1024 * 1024;

/** The size of an input as the host would receive it: its JSON in UTF-8. */
export function requestBytes(input: unknown): number {
  const json = JSON.stringify(input ?? {});
  return json === undefined ? 0 : new TextEncoder().encode(json).length;
}
