import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { FromPlanWorker, PlanSummary, ToPlanWorker } from './plan-worker-protocol';
import type { PlannedImport, Planner, PlanRequest, ReadTable, WriteStep } from './planner';

type Ask = ToPlanWorker extends infer M
  ? M extends { id: number }
    ? Omit<M, 'id'>
    : never
  : never;

/**
 * The planner in a worker thread of the core (plan-worker.ts), started at the first large file
 * and kept. A thread that dies fails what it was asking and is started again at the next call;
 * the tables it kept are gone then, and a check of one answers import.sessionExpired.
 */
export function createWorkerPlanner(launch: () => Worker = launchPlanWorker): Planner {
  let worker: Worker | null = null;
  let lastId = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();

  const failAll = (err: Error) => {
    for (const waiting of pending.values()) waiting.reject(err);
    pending.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = launch();
    w.on('message', (message: FromPlanWorker) => settle(message));
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`Importens tråd avslutades (${code})`));
    });
    return (worker = w);
  };
  const settle = (message: FromPlanWorker) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    // Idle, the thread must not keep a process (the CLI's, a test's) from ending.
    if (pending.size === 0) worker?.unref();
    if (!waiting) return;
    if (message.ok) return waiting.resolve(message.value);
    const { error } = message;
    waiting.reject(error.code === null ? new Error(error.message) : AppError.fromShape(error));
  };
  function ask<T>(message: Ask, transfer: ArrayBuffer[] = []): Promise<T> {
    const w = started();
    const id = ++lastId;
    w.ref();
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      w.postMessage({ ...message, id }, transfer);
    });
  }
  const tell = (message: ToPlanWorker) => worker?.postMessage(message);

  return {
    read(fileName, bytes) {
      // A copy of its own, moved rather than cloned: the Buffer may share a larger pool.
      const own = new Uint8Array(bytes);
      return ask<ReadTable>({ kind: 'read', fileName, bytes: own }, [own.buffer]);
    },
    async plan(request: PlanRequest, commit: boolean): Promise<PlannedImport> {
      const summary = await ask<PlanSummary>({ kind: 'plan', request, commit });
      const { plan, ...rest } = summary;
      return {
        ...rest,
        nextStep: () => ask<WriteStep | null>({ kind: 'next', plan }),
        close: () => tell({ kind: 'closePlan', plan }),
      };
    },
    drop: (session) => tell({ kind: 'drop', session }),
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}

/**
 * The thread's script: the built one beside the built core (dist/electron/import-worker.cjs,
 * also from the CLI's bundle in dist/cli/), else the sources through tsx's loader.
 */
export function launchPlanWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(builtWorker(here));
  const entry = new URL('./plan-worker.ts', here).href;
  const tsx = JSON.stringify(tsxEsmApi());
  const code = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true });
}

function builtWorker(here: string): string {
  for (const candidate of ['./import-worker.cjs', '../electron/import-worker.cjs']) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return file;
  }
  throw new Error(`The import thread's bundle is missing beside ${here}: run npm run build`);
}

/** tsx's ESM API by its full address (its package exports give require() the CommonJS one). */
function tsxEsmApi(): string {
  const root = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(join(root, 'dist', 'esm', 'api', 'index.mjs')).href;
}
