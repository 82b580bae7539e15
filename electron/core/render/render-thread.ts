import type { Worker } from 'node:worker_threads';
import type { ServiceContext } from '../context';
import { launchWorker } from '../threads/launch-worker';
import { createThreadClient, type ThreadClient } from '../threads/thread-client';
import type { RenderArgs, RenderJobName, ToRenderWorker } from './render-jobs';

export type RenderThread = ThreadClient<ToRenderWorker, Uint8Array>;

const threads = new WeakMap<ServiceContext, RenderThread>();

/** The core's render thread, started at its first document. */
function threadOf(ctx: ServiceContext): RenderThread {
  let thread = threads.get(ctx);
  if (!thread)
    threads.set(ctx, (thread = createThreadClient(launchRenderWorker, 'Dokumenttråden')));
  return thread;
}

/** Makes a document in the core's render thread (render-jobs.ts names them). */
export async function renderOf<N extends RenderJobName>(
  ctx: ServiceContext,
  job: N,
  ...args: RenderArgs<N>
): Promise<Buffer> {
  const message = { job, args } as Omit<ToRenderWorker, 'id'>;
  const bytes = await threadOf(ctx).ask(message as Parameters<RenderThread['ask']>[0]);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** For tests: a core whose documents are made by `thread` (one they can stop, say). */
export function useRenderThread(ctx: ServiceContext, thread: RenderThread): void {
  threads.set(ctx, thread);
}

/** Ends the core's render thread, if it started one. */
export async function closeRenderThread(ctx: ServiceContext): Promise<void> {
  await threads.get(ctx)?.close();
  threads.delete(ctx);
}

/** The thread's script: dist/electron/render-worker.cjs when built, else render-worker.ts. */
export function launchRenderWorker(): Worker {
  return launchWorker(import.meta.url, './render-worker.ts', 'render-worker.cjs');
}
