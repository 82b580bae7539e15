import { AppError } from '../../../shared/errors';
import { errorsSv } from '../../../shared/errorMessages';

/** Blikk allows about 4 calls a second (DESIGN.md section 8). */
export const BLIKK_CALLS_PER_SECOND = 4;
const WINDOW_MS = 1000;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** setTimeout, ended early (as blikk.cancelled) by the signal. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(cancelled());
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export function cancelled(): AppError {
  return new AppError('blikk.cancelled', errorsSv['blikk.cancelled']);
}

/** A slot taken for one call: release it when the answer (or the failure) has arrived. */
export type Release = () => void;

/**
 * At most `limit` calls in any window of a second, counted as Blikk counts them: on arrival.
 * A call's slot is dated when its answer came back (or it failed), not when it was sent, and
 * counts as recent for as long as it is in flight: its arrival at Blikk lies between the two, so
 * a call sent a second after the answer to the call `limit` places earlier can never arrive
 * within the same second as that one, whatever the network's delay.
 */
export class RateLimiter {
  private readonly finished: number[] = [];
  private inFlight = 0;
  private pausedUntil = 0;
  private wakeUps: (() => void)[] = [];

  constructor(
    private readonly limit = BLIKK_CALLS_PER_SECOND,
    /** Real time always: the limit is Blikk's, counted on Blikk's (real) clock. */
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: Sleep = realSleep,
  ) {}

  /** Waits for a free slot (every connection to the same address shares the limiter). */
  async acquire(signal?: AbortSignal): Promise<Release> {
    for (;;) {
      if (signal?.aborted) throw cancelled();
      const wait = this.waitMs();
      if (wait === 0) return this.take();
      if (wait === Infinity) await this.nextRelease(signal);
      else await this.sleep(wait, signal);
    }
  }

  /** Blikk answered 429: nobody calls it again for `ms`. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  /** 0: call now; Infinity: every slot is in flight, wait for an answer; else ms to wait. */
  private waitMs(): number {
    const now = this.now();
    if (this.pausedUntil > now) return this.pausedUntil - now;
    while (this.finished.length > 0 && now - (this.finished[0] ?? 0) >= WINDOW_MS) {
      this.finished.shift();
    }
    if (this.finished.length + this.inFlight < this.limit) return 0;
    if (this.finished.length === 0) return Infinity;
    return (this.finished[0] ?? now) + WINDOW_MS - now;
  }

  private take(): Release {
    this.inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      this.finished.push(this.now());
      const wakeUps = this.wakeUps;
      this.wakeUps = [];
      for (const wake of wakeUps) wake();
    };
  }

  private nextRelease(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(cancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      this.wakeUps.push(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }
}

/** One limiter per base address for the whole process: four customers together stay within 4/s. */
const limiters = new Map<string, RateLimiter>();

export function limiterFor(baseUrl: string): RateLimiter {
  const key = baseUrl.replace(/\/+$/, '').toLowerCase();
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiter();
    limiters.set(key, limiter);
  }
  return limiter;
}
