import { AppError, type ErrorCode } from '../../../shared/errors';
import type { OutboxRow } from '../db/mail-entities';
import type { ServiceContext } from '../context';
import {
  claimMessage,
  dueMessageIds,
  emitTouched,
  noneTouched,
  payloadOf,
  recordFailure,
  recordNotTried,
  recordSent,
  touch,
  type SendFailure,
  type Touched,
} from './outbox-store';
import { loadSmtpConfig } from './settings-service';
import { classifySendError, MailSendError, openMailSender, type MailSender } from './transport';

export interface DrainOptions {
  /** The first retry waits this long; each further one twice as long, up to backoffCapMs. */
  backoffBaseMs: number;
  backoffCapMs: number;
  /** A message that failed transiently this many times fails for good. */
  maxAttempts: number;
  /** Connection, greeting and socket timeouts of the SMTP client. */
  timeoutMs: number;
  /** Messages sent at once (connections of the pool). */
  concurrency: number;
  clock: () => Date;
}

export interface DrainOutcome {
  sent: number;
  failed: number;
  waiting: number;
  /** The server itself failed (absent, refused the login...) or none is set: pause a while. */
  serverFailure: { code: ErrorCode; transient: boolean } | null;
}

/**
 * Failures of the server or the way to it rather than of one message: every other message would
 * fail the same way, so the drain stops (no hammering a server that refuses the login).
 */
const SERVER_FAILURES = new Set<ErrorCode>([
  'mail.dns',
  'mail.refused',
  'mail.timeout',
  'mail.tls',
  'mail.auth',
  'mail.senderRefused',
  'mail.connectionLost',
]);

/** How long a message waits after its n-th failed attempt (n >= 1). */
export function backoffMs(options: DrainOptions, attempts: number): number {
  return Math.min(options.backoffCapMs, options.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
}

/** Events go out in batches: a drain of thousands must not send thousands of refreshes. */
const FLUSH_MS = 250;

class Batch {
  private touched: Touched = noneTouched();
  private changed = false;
  private flushedAt = 0;
  done = 0;

  constructor(
    private readonly ctx: ServiceContext,
    readonly total: number,
    private readonly onProgress: (done: number, total: number) => void,
  ) {
    onProgress(0, total);
  }

  add(rows: Pick<OutboxRow, 'customerId' | 'kind'>[]): void {
    for (const row of rows) touch(this.touched, row);
    this.changed = true;
  }

  step(): void {
    this.done += 1;
    this.onProgress(this.done, this.total);
    if (Date.now() - this.flushedAt >= FLUSH_MS) this.flush();
  }

  flush(): void {
    this.flushedAt = Date.now();
    this.ctx.emit('outbox:progress', { done: this.done, total: this.total });
    if (!this.changed) return;
    emitTouched(this.ctx, this.touched);
    this.touched = noneTouched();
    this.changed = false;
  }
}

/**
 * Tries every message due now once, oldest first, a few at a time over one pooled connection.
 * Each is claimed (queued → sending, committed) before it is sent and recorded after, so a
 * crash between the two leaves it "sending" for start-up to interrupt, never to resend.
 */
export async function drainOutbox(
  ctx: ServiceContext,
  options: DrainOptions,
  hooks: { stopping: () => boolean; progress: (done: number, total: number) => void },
): Promise<DrainOutcome> {
  const at = () => options.clock().toISOString();
  const ids = await dueMessageIds(ctx, at());
  const outcome: DrainOutcome = { sent: 0, failed: 0, waiting: 0, serverFailure: null };
  if (ids.length === 0) return outcome;
  const batch = new Batch(ctx, ids.length, hooks.progress);
  const config = await loadSmtpConfig(ctx).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'mail.notConfigured') return null;
    throw err;
  });
  if (!config) {
    const failure = { code: 'mail.notConfigured', text: 'Ingen e-postserver är inställd.' };
    const rows = await recordNotTried(ctx, ids, { ...failure, retryAt: at() }, at());
    batch.add(rows);
    batch.flush();
    return {
      ...outcome,
      waiting: ids.length,
      serverFailure: { code: 'mail.notConfigured', transient: true },
    };
  }
  const sender = openMailSender(config, { pool: true, timeoutMs: options.timeoutMs });
  let next = 0;
  let stop: MailSendError | null = null;
  const lane = async () => {
    while (!hooks.stopping() && !stop && next < ids.length) {
      const id = ids[next++] as string;
      const row = await claimMessage(ctx, id, at());
      if (row) {
        const failure = await sendOne(ctx, sender, row, options);
        if (failure && SERVER_FAILURES.has(failure.error.code)) stop ??= failure.error;
        count(outcome, !failure ? 'sent' : failure.retryAt ? 'waiting' : 'failed');
        batch.add([row]);
      }
      batch.step();
      // Let the host answer the UI between messages.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  } finally {
    sender.close();
  }
  if (stop) await notTried(ctx, ids.slice(next), stop, outcome, batch, at());
  batch.flush();
  return outcome;
}

function count(outcome: DrainOutcome, what: 'sent' | 'waiting' | 'failed', n = 1): void {
  outcome[what] += n;
}

/** The messages a server failure left untried: they wait with it, or fail with it. */
async function notTried(
  ctx: ServiceContext,
  ids: string[],
  error: MailSendError,
  outcome: DrainOutcome,
  batch: Batch,
  at: string,
): Promise<void> {
  outcome.serverFailure = { code: error.code, transient: error.transient };
  const failure = {
    code: error.code,
    text: error.serverText,
    retryAt: error.transient ? at : null,
  };
  const rows = await recordNotTried(ctx, ids, failure, at);
  count(outcome, error.transient ? 'waiting' : 'failed', rows.length);
  batch.add(rows);
}

/** Sends one claimed message and records the outcome; the failure, or null when sent. */
async function sendOne(
  ctx: ServiceContext,
  sender: MailSender,
  row: OutboxRow,
  options: DrainOptions,
): Promise<(SendFailure & { error: MailSendError }) | null> {
  const at = () => options.clock().toISOString();
  let error: MailSendError;
  try {
    await sender.send({ ...payloadOf(ctx, row), messageId: row.messageId });
  } catch (err) {
    error = err instanceof MailSendError ? err : classifySendError(err);
    const attempts = row.attempts + 1;
    const retry = error.transient && attempts < options.maxAttempts;
    const retryAt = retry
      ? new Date(options.clock().getTime() + backoffMs(options, attempts)).toISOString()
      : null;
    const failure = { code: error.code, text: error.serverText || error.code, retryAt, error };
    await recordFailure(ctx, row, failure, at());
    return failure;
  }
  // Sent: should recording it fail now, the message stays "sending" and start-up interrupts it.
  await recordSent(ctx, row, at());
  return null;
}
