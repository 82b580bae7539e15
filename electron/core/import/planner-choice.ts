import type { ServiceContext } from '../context';
import { perCore } from '../threads/per-core';
import { createInlinePlanner } from './inline-planner';
import type { Planner, TableSource } from './planner';
import { createWorkerPlanner } from './worker-planner';

/** Below these a file is read and planned in the core's own thread (tens of milliseconds). */
export interface PlannerLimits {
  inlineBytes: number;
  inlineRows: number;
}

const DEFAULT_LIMITS: PlannerLimits = { inlineBytes: 256 * 1024, inlineRows: 5000 };

/**
 * Small files are planned where they arrive; large ones in the import's worker thread, so that
 * the core keeps answering the window while they are checked. Each table stays with the planner
 * that read it.
 */
export function createPlanner(
  limits: PlannerLimits = DEFAULT_LIMITS,
  threaded: Planner = createWorkerPlanner(),
): Planner {
  const inline = createInlinePlanner();
  const inThread = new Set<string>();
  const pick = (source: TableSource) =>
    (
      'table' in source
        ? source.table.rows.length >= limits.inlineRows
        : inThread.has(source.session)
    )
      ? threaded
      : inline;
  return {
    async read(fileName, bytes) {
      if (bytes.length < limits.inlineBytes) return inline.read(fileName, bytes);
      const read = await threaded.read(fileName, bytes);
      inThread.add(read.session);
      return read;
    },
    plan: (request, commit) => pick(request.source).plan(request, commit),
    drop(session) {
      (inThread.delete(session) ? threaded : inline).drop(session);
    },
    close: () => threaded.close(),
  };
}

const planners = perCore(() => createPlanner());

/** The core's planner, made at its first import. */
export function plannerOf(ctx: ServiceContext): Planner {
  return planners.of(ctx);
}

/** For tests: a core whose imports go through `planner` (a worker for every size, say). */
export function usePlanner(ctx: ServiceContext, planner: Planner): void {
  planners.use(ctx, planner);
}

/** Ends the core's import thread, if it started one. */
export function closePlanner(ctx: ServiceContext): Promise<void> {
  return planners.close(ctx);
}
