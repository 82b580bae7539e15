/**
 * The services' log. Only messages and stack traces go here, never inputs or rows: those may
 * hold personnummer. Lines go to stderr so that `--json` output on stdout stays clean.
 */
export function logError(message: string, err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`[kundstart] ${message}: ${redact(detail)}\n`);
}

export function logInfo(message: string): void {
  process.stderr.write(`[kundstart] ${redact(message)}\n`);
}

/** Belt and braces: anything shaped like a personnummer in a message is masked. */
export function redact(text: string): string {
  return text.replace(/\b(\d{6}|\d{8})[-+]?\d{4}\b/g, (_m, date: string) => `${date}-****`);
}
