import { AppError, type AppErrorShape, type Result } from '../../shared/errors';

/** Exit codes of DESIGN.md section 6. */
export const EXIT = { done: 0, refused: 1, usage: 2 } as const;

export class UsageError extends Error {}

export interface Output {
  json: boolean;
}

/** `--json`: one JSON document on stdout; otherwise the human text. Messages go to stderr. */
export function print(out: Output, value: unknown, human: () => string): void {
  process.stdout.write(out.json ? JSON.stringify(value, null, 2) + '\n' : human() + '\n');
}

export function note(message: string): void {
  process.stderr.write(message + '\n');
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new AppError(result.error.code, result.error.message, result.error.details);
}

/** Prints a refusal and says which exit code it earns. */
export function reportError(out: Output, err: unknown): number {
  if (err instanceof UsageError) {
    note(`kundstart: ${err.message}`);
    return EXIT.usage;
  }
  const shape: AppErrorShape =
    err instanceof AppError
      ? err.toShape()
      : { code: 'internal', message: err instanceof Error ? err.message : String(err) };
  if (out.json) process.stdout.write(JSON.stringify({ error: shape }, null, 2) + '\n');
  note(`kundstart: ${shape.code}: ${shape.message}${issueLines(shape.details)}`);
  return shape.code === 'input.invalid' ? EXIT.usage : EXIT.refused;
}

function issueLines(details: unknown): string {
  const issues = (
    details as { issues?: { field?: string; path?: string; code?: string; message?: string }[] }
  )?.issues;
  if (!Array.isArray(issues)) return '';
  return issues.map((i) => `\n  ${i.field ?? i.path ?? ''}: ${i.code ?? i.message ?? ''}`).join('');
}
