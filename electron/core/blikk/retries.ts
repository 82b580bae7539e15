import { answerOf, blikkError, type Answer } from './answers';
import { cancelled, type RateLimiter, type Sleep } from './rate-limit';

export type { Answer };

/** What one call needs: where, the clock, the shared limiter, and what an error must not tell. */
export interface Call {
  baseUrl: string;
  now: () => Date;
  sleep: Sleep;
  limiter: RateLimiter;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /** Blanked out of every excerpt: the application secret and the tokens. */
  secrets: string[];
}

/** Tries per call for 5xx, resets and timeouts (then blikk.unavailable/timeout/offline). */
export const MAX_TRIES = 4;
/** Backoff before the 2nd, 3rd, 4th try: 0.5 s, 1 s, 2 s. */
const BACKOFF_MS = 500;
/** 429s tolerated for one call before Blikk counts as unavailable. */
const MAX_THROTTLED = 8;
/** A Retry-After longer than this is not waited for in full. */
const MAX_RETRY_AFTER_MS = 60_000;

type Outcome =
  { kind: 'answer'; answer: Answer } | { kind: 'failed'; code: FailureCode; cause: string };
type FailureCode = 'blikk.offline' | 'blikk.timeout' | 'blikk.unavailable';

/**
 * One call to Blikk through the shared rate limit: 429 waits as Retry-After says (and holds back
 * every other connection to the same address), 5xx, resets and timeouts are tried again after a
 * growing pause, at most MAX_TRIES times. Answers every other status to the caller.
 */
export async function callWithRetries(
  c: Call,
  method: 'GET' | 'POST',
  path: string,
  authorization: string,
): Promise<Answer> {
  let failures = 0;
  let throttled = 0;
  for (;;) {
    const outcome = await attemptInSlot(c, method, path, authorization);
    if (outcome.kind === 'answer' && outcome.answer.status === 429) {
      if (++throttled > MAX_THROTTLED) {
        throw blikkError('blikk.unavailable', outcome.answer.details(c));
      }
      c.limiter.pause(retryAfterMs(outcome.answer, c.now()));
      continue;
    }
    const transient = outcome.kind === 'failed' || outcome.answer.status >= 500;
    if (!transient) return outcome.answer;
    if (++failures >= MAX_TRIES) throw finalError(outcome, c);
    await c.sleep(BACKOFF_MS * 2 ** (failures - 1), c.signal);
  }
}

function finalError(outcome: Outcome, c: Call) {
  if (outcome.kind === 'answer') return blikkError('blikk.unavailable', outcome.answer.details(c));
  return blikkError(outcome.code, { cause: outcome.cause });
}

async function attemptInSlot(
  c: Call,
  method: string,
  path: string,
  authorization: string,
): Promise<Outcome> {
  const release = await c.limiter.acquire(c.signal);
  try {
    return await attempt(c, method, path, authorization);
  } finally {
    release();
  }
}

async function attempt(
  c: Call,
  method: string,
  path: string,
  authorization: string,
): Promise<Outcome> {
  const timeout = AbortSignal.timeout(c.timeoutMs);
  const signal = c.signal ? AbortSignal.any([c.signal, timeout]) : timeout;
  try {
    const res = await fetch(`${c.baseUrl}${path}`, {
      method,
      headers: { authorization, accept: 'application/json' },
      signal,
      redirect: 'manual',
    });
    const body = await res.text();
    return { kind: 'answer', answer: answerOf(res.status, body, res.headers.get('retry-after')) };
  } catch (err) {
    if (c.signal?.aborted) throw cancelled();
    if (timeout.aborted) return { kind: 'failed', code: 'blikk.timeout', cause: 'timeout' };
    return networkFailure(err);
  }
}

const OFFLINE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
]);

/** A closed port or an unknown host: offline; a connection cut in the middle: unavailable. */
function networkFailure(err: unknown): Outcome {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : 'unknown';
  return {
    kind: 'failed',
    code: OFFLINE.has(code) ? 'blikk.offline' : 'blikk.unavailable',
    cause: code,
  };
}

/** Retry-After in seconds ('2') or as an HTTP date, read against the injected clock; else 1 s. */
export function retryAfterMs(answer: Answer, now: Date): number {
  const header = answer.retryAfter?.trim() ?? '';
  let ms = 1000;
  if (/^\d+(\.\d+)?$/.test(header)) ms = Number(header) * 1000;
  else if (header !== '' && !Number.isNaN(Date.parse(header))) {
    ms = Date.parse(header) - now.getTime();
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
