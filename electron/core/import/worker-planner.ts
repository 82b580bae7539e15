import type { Worker } from 'node:worker_threads';
import { launchWorker } from '../threads/launch-worker';
import { createThreadClient } from '../threads/thread-client';
import type { PlanSummary, PlanWorkerValue, ToPlanWorker } from './plan-worker-protocol';
import type { PlannedImport, Planner, PlanRequest, ReadTable, WriteStep } from './planner';

/**
 * The planner in a worker thread of the core (plan-worker.ts), started at the first large file
 * and kept. A thread that dies fails what it was asking and is started again at the next call;
 * the tables it kept are gone then, and a check of one answers import.sessionExpired.
 */
export function createWorkerPlanner(launch: () => Worker = launchPlanWorker): Planner {
  const thread = createThreadClient<ToPlanWorker, PlanWorkerValue>(launch, 'Importens tråd');
  return {
    read(fileName, bytes) {
      // A copy of its own, moved rather than cloned: the Buffer may share a larger pool.
      const own = new Uint8Array(bytes);
      return thread.ask({ kind: 'read', fileName, bytes: own }, [own.buffer]) as Promise<ReadTable>;
    },
    async plan(request: PlanRequest, commit: boolean): Promise<PlannedImport> {
      const summary = (await thread.ask({ kind: 'plan', request, commit })) as PlanSummary;
      const { plan, ...rest } = summary;
      return {
        ...rest,
        nextStep: () => thread.ask({ kind: 'next', plan }) as Promise<WriteStep | null>,
        close: () => thread.tell({ kind: 'closePlan', plan }),
      };
    },
    drop: (session) => thread.tell({ kind: 'drop', session }),
    close: () => thread.close(),
  };
}

/** The thread's script: dist/electron/import-worker.cjs when built, else plan-worker.ts. */
export function launchPlanWorker(): Worker {
  return launchWorker(import.meta.url, './plan-worker.ts', 'import-worker.cjs');
}
