import { logError } from '../log';
import type { ServiceContext } from '../context';
import { backoffMs, drainOutbox, type DrainOptions, type DrainOutcome } from './outbox-drain';
import { senderMark } from './outbox-senders';
import {
  emitTouched,
  interruptStale,
  nextAttemptAt,
  pruneExpired,
  touchedBy,
} from './outbox-store';
import { retentionDays } from './settings-service';
import { applyRetention } from '../privacy/retention';

export interface DrainResult {
  sent: number;
  failed: number;
  /** Still queued for a later attempt (the server or network failed transiently). */
  waiting: number;
}

/**
 * Sends what is due in the outbox. In the desktop app and browser mode it runs in the
 * background (start); the CLI drains once and returns.
 */
export interface OutboxWorker {
  /** At core start: interrupts what a crash left "sending", prunes expired messages. */
  prepare(): Promise<void>;
  start(): void;
  /** Stops the background drains; waits for the message in flight. */
  stop(): Promise<void>;
  /** Something was queued: look now rather than at the next timer. */
  kick(): void;
  /** Tries every due message once; resolves when done. */
  drainOnce(): Promise<DrainResult>;
}

export interface WorkerOptions extends DrainOptions {
  /** How often a running worker looks whether the daily retention prune is due. */
  retentionCheckMs: number;
}

const DEFAULTS: Omit<WorkerOptions, 'clock'> = {
  backoffBaseMs: 60_000,
  backoffCapMs: 60 * 60_000,
  maxAttempts: 12,
  timeoutMs: 30_000,
  concurrency: 3,
  retentionCheckMs: 60 * 60_000,
};

const DAY_MS = 24 * 60 * 60_000;
/** setTimeout's longest delay is 2^31-1 ms; the worker looks again at least hourly anyway. */
const LONGEST_SLEEP_MS = 60 * 60_000;

/** The running drain's progress per core, for outbox:status. */
const progressOf = new WeakMap<ServiceContext, { done: number; total: number }>();

export const drainProgress = (ctx: ServiceContext) => progressOf.get(ctx) ?? null;

export function createOutboxWorker(
  ctx: ServiceContext,
  overrides: Partial<WorkerOptions> = {},
): OutboxWorker {
  const options: WorkerOptions = { ...DEFAULTS, clock: ctx.now, ...overrides };
  const now = () => options.clock().getTime();
  const mark = senderMark(ctx.dbFile);
  let started = false;
  let stopping = false;
  let again = false;
  let busy = false;
  let tail: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let retentionTimer: NodeJS.Timeout | null = null;
  let lastPrune = 0;
  let pausedUntil = 0;
  let serverFailures = 0;

  /** One drain at a time in this process: background and drainOnce queue behind each other. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  };

  const interruptIfAlone = async () => {
    if (mark.othersSending()) return;
    const rows = await interruptStale(ctx, new Date(now()).toISOString());
    if (rows.length > 0) emitTouched(ctx, touchedBy(rows));
  };

  const prune = async () => {
    lastPrune = now();
    const days = await retentionDays(ctx);
    const gone = await pruneExpired(ctx, new Date(now() - days * DAY_MS).toISOString());
    if (gone > 0) ctx.emit('outbox:changed', { customerIds: [] });
    // The bureau's own retention of sent messages and drafts, on the same start and daily turn.
    await applyRetention(ctx, new Date(now()));
  };

  const drain = (): Promise<DrainOutcome> =>
    exclusive(async () => {
      mark.enter();
      busy = true;
      try {
        await interruptIfAlone();
        return await drainOutbox(ctx, options, {
          stopping: () => stopping,
          progress: (done, total) => progressOf.set(ctx, { done, total }),
        });
      } finally {
        busy = false;
        progressOf.delete(ctx);
        if (!started) mark.leave();
        // Kicked while this drain ran (a drainOnce of the CLI's, or a background one): look again.
        if (again && started) {
          again = false;
          schedule(0);
        }
      }
    });

  const schedule = (delayMs: number) => {
    if (!started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick(), Math.min(Math.max(0, delayMs), LONGEST_SLEEP_MS));
    timer.unref();
  };

  const tick = async () => {
    timer = null;
    if (busy) {
      again = true;
      return;
    }
    try {
      pauseAfter(await drain());
    } catch (err) {
      logError('Utkorgen kunde inte skickas', err);
      pauseAfter({
        sent: 0,
        failed: 0,
        waiting: 0,
        serverFailure: { code: 'mail.failed', transient: true },
      });
    }
    const next = await nextAttemptAt(ctx).catch(() => null);
    // A kick during the drain has already asked for the next one, sooner.
    if (next && !timer) schedule(Math.max(Date.parse(next) - now(), pausedUntil - now()));
  };

  /** After the server failed, nothing is tried for a while, longer each time it fails again. */
  const pauseAfter = (outcome: DrainOutcome) => {
    if (!outcome.serverFailure) {
      serverFailures = 0;
      return;
    }
    serverFailures += 1;
    pausedUntil = now() + backoffMs(options, serverFailures);
  };

  return {
    async prepare() {
      await interruptIfAlone();
      await prune();
    },
    start() {
      if (started) return;
      started = true;
      stopping = false;
      mark.enter();
      retentionTimer = setInterval(() => {
        if (now() - lastPrune >= DAY_MS) void prune().catch((err) => logError('Gallring', err));
      }, options.retentionCheckMs);
      retentionTimer.unref();
      schedule(0);
    },
    async stop() {
      started = false;
      stopping = true;
      if (timer) clearTimeout(timer);
      if (retentionTimer) clearInterval(retentionTimer);
      timer = retentionTimer = null;
      await tail;
      mark.leave();
      stopping = false;
    },
    kick() {
      // Staff did something: the pause after a server failure gives way to a fresh try.
      pausedUntil = 0;
      if (busy) again = true;
      else schedule(0);
    },
    async drainOnce() {
      const { sent, failed, waiting } = await drain();
      return { sent, failed, waiting };
    },
  };
}
