import { AppError, type ErrorCode } from '../../../shared/errors';
import type { DetailsOf } from '../../../shared/errorDetails';
import { errorsSv } from '../../../shared/errorMessages';

/** What Blikk answered to one call, read whole. */
export interface Answer {
  status: number;
  /** The Retry-After header as sent (seconds or an HTTP date); null when absent. */
  retryAfter: string | null;
  /** The body as JSON; undefined when it is not JSON. */
  json: unknown;
  /** What an error may tell about the answer: its status and a short, redacted excerpt. */
  details(c: { secrets: string[] }): { status: number; excerpt: string };
}

const EXCERPT_CHARS = 200;

export function blikkError<C extends ErrorCode>(code: C, details?: DetailsOf<C>): AppError {
  return new AppError(code, errorsSv[code], details);
}

export function answerOf(status: number, body: string, retryAfter: string | null = null): Answer {
  let json: unknown;
  try {
    json = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    json = undefined;
  }
  return {
    status,
    retryAfter,
    json,
    details: (c) => ({ status, excerpt: excerpt(body, c.secrets) }),
  };
}

/**
 * The start of an answer, for the error's details: never the secret or a token (a token
 * answer may be what is being reported, so every accessToken value is blanked too).
 */
export function excerpt(body: string, secrets: string[]): string {
  let text = body.slice(0, EXCERPT_CHARS * 4);
  for (const secret of secrets) if (secret) text = text.split(secret).join('***');
  text = text.replace(/("accessToken"\s*:\s*")[^"]*"/gi, '$1***"');
  return text.replace(/\s+/g, ' ').trim().slice(0, EXCERPT_CHARS);
}

export interface Page {
  totalPages: number;
  totalItemCount: number;
  items: unknown[];
}

const count = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
};

/**
 * Blikk's page envelope `{ page, pageSize, itemCount, totalItemCount, totalPages, items }`:
 * without it the answer is not Blikk's (blikk.notBlikk); with it but items that are not a list,
 * the page cannot be read (blikk.malformed).
 */
export function readPage(answer: Answer, c: { secrets: string[] }): Page {
  const json = answer.json;
  const envelope = typeof json === 'object' && json !== null && !Array.isArray(json);
  const fields = envelope ? (json as Record<string, unknown>) : {};
  const totalPages = count(fields['totalPages']);
  const totalItemCount = count(fields['totalItemCount']);
  if (!envelope || !('items' in fields) || totalPages === null || totalItemCount === null) {
    throw blikkError('blikk.notBlikk', answer.details(c));
  }
  const items = fields['items'];
  if (!Array.isArray(items)) throw blikkError('blikk.malformed', answer.details(c));
  return { totalPages, totalItemCount, items };
}
