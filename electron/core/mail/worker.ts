import type { ServiceContext } from '../context';

export interface DrainResult {
  sent: number;
  failed: number;
  /** Still queued for a later attempt (the server or network failed transiently). */
  waiting: number;
}

/**
 * Sends what is due in the outbox. In the desktop app and browser mode it runs in the
 * background (start); the CLI drains once and returns. FOUNDATION STUB: the outbox helper
 * builds it.
 */
export interface OutboxWorker {
  start(): void;
  stop(): Promise<void>;
  /** Something was queued: look now rather than at the next timer. */
  kick(): void;
  /** Tries every due message once; resolves when done. */
  drainOnce(): Promise<DrainResult>;
}

export function createOutboxWorker(_ctx: ServiceContext): OutboxWorker {
  return {
    start() {},
    stop: async () => {},
    kick() {},
    drainOnce: async () => ({ sent: 0, failed: 0, waiting: 0 }),
  };
}
