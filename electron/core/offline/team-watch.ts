import type { DataSource } from 'typeorm';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { TeamStatus } from '../../../shared/schemas/team-status';
import { logInfo } from '../log';
import { writeSnapshot } from './snapshot';

/** Quiet time after the last change before the last-read copy is made again. */
const SNAPSHOT_DELAY_MS = 5000;

/**
 * The least time from one copy's start to the next: each reads the whole team database, and ten
 * colleagues at work change something every few seconds. The copy is marked with its time, so a
 * few minutes' age is honest, and a copy every few seconds would compete with the window's calls.
 */
const SNAPSHOT_GAP_MS = 3 * 60_000;

/** Events that are not data changes: they never ask for a new copy. */
const NOT_CHANGES: ReadonlySet<EventName> = new Set<EventName>([
  'import:progress',
  'outbox:progress',
  'blikk:progress',
  'core:restarted',
  'database:status',
]);

export interface TeamWatchOptions {
  /** The team database as the core has it open now (it may be swapped). */
  ds: () => DataSource;
  /** The last-read copy's file (snapshot.ts). */
  snapshotFile: string;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** After start and after each change, how long to wait (tests pass a short one). */
  snapshotDelayMs?: number;
  /** The least time between the starts of two copies. */
  snapshotGapMs?: number;
  /** False for the CLI's short runs: they never open the copy, and tests' cores stay light. */
  keepCopy?: boolean;
}

export interface TeamWatch {
  status(): TeamStatus;
  /** The listening connection dropped, or a call found the server gone. */
  lost(): void;
  /** The listening connection is back. */
  regained(): void;
  /** An event went out: a data change asks for a new copy after a quiet moment. */
  changed(event: EventName): void;
  /** Makes the copy now (after any running one); resolves when it is written. */
  snapshotNow(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The team database's state for the window (online or offline, told with the database:status
 * event) and its last-read copy, made after start and again a few seconds after changes, in the
 * core's process (never the window's thread), one at a time.
 */
export function watchTeam(options: TeamWatchOptions): TeamWatch {
  const delay = options.snapshotDelayMs ?? SNAPSHOT_DELAY_MS;
  const gap = options.snapshotGapMs ?? SNAPSHOT_GAP_MS;
  let lastStart = -Infinity;
  let status: TeamStatus = { state: 'online', readAt: null };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const tell = (next: TeamStatus) => {
    if (next.state === status.state && next.readAt === status.readAt) return;
    status = next;
    options.emit('database:status', status);
  };

  const snapshot = (): Promise<void> => {
    running = running.then(async () => {
      if (stopped || status.state !== 'online') return;
      lastStart = Date.now();
      try {
        const readAt = await writeSnapshot(options.ds(), options.snapshotFile);
        if (!stopped) tell({ ...status, readAt });
      } catch (err) {
        // The server went away mid-read, most likely: the previous copy stays as it was.
        logInfo(`Last-read copy not made: ${(err as { code?: string }).code ?? 'error'}`);
      }
    });
    return running;
  };

  const schedule = () => {
    if (stopped || options.keepCopy === false) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = null;
        void snapshot();
      },
      Math.max(delay, lastStart + gap - Date.now()),
    );
    timer.unref?.();
  };

  schedule();
  return {
    status: () => status,
    lost: () => tell({ ...status, state: 'offline' }),
    regained: () => {
      if (status.state === 'online') return;
      tell({ ...status, state: 'online' });
      schedule();
    },
    changed: (event) => {
      if (!NOT_CHANGES.has(event)) schedule();
    },
    snapshotNow: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      return snapshot();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
