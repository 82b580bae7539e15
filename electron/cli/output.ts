import { AppError, type Result } from '../../shared/errors';
import { refusalText } from './refusal';

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
  throw AppError.fromShape(result.error);
}

/** A refusal whose answer (an import report) is already printed: exit 1, nothing more to say. */
export class ReportedRefusal extends Error {}

/** Prints a refusal in Swedish sentences and says which exit code it earns. */
export function reportError(out: Output, err: unknown): number {
  if (err instanceof UsageError) {
    note(`kundstart: ${err.message}`);
    return EXIT.usage;
  }
  if (err instanceof ReportedRefusal) return EXIT.refused;
  const { shape, text } = refusalText(err);
  if (out.json) {
    // The code for scripts; the message a person can read, the same words as on stderr.
    const message = [...text.sentences, ...text.details].join('\n');
    process.stdout.write(
      JSON.stringify({ ok: false, error: { ...shape, message } }, null, 2) + '\n',
    );
  }
  for (const sentence of text.sentences) note(`kundstart: ${sentence}`);
  for (const detail of text.details) note(`  ${detail}`);
  return shape.code === 'input.invalid' ? EXIT.usage : EXIT.refused;
}
