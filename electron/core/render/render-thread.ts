import type { Worker } from 'node:worker_threads';
import type { ServiceContext } from '../context';
import { launchWorker } from '../threads/launch-worker';
import { perCore } from '../threads/per-core';
import { createThreadClient, type ThreadClient, type Unnumbered } from '../threads/thread-client';
import type { RenderArgs, RenderJobName, ToRenderWorker } from './render-jobs';

export type RenderThread = ThreadClient<ToRenderWorker, Uint8Array>;

/** The core's render thread, started at its first document. */
const threads = perCore<RenderThread>(() =>
  createThreadClient(launchRenderWorker, 'Dokumenttråden'),
);

/** Makes a document in the core's render thread (render-jobs.ts names them). */
export async function renderOf<N extends RenderJobName>(
  ctx: ServiceContext,
  job: N,
  ...args: RenderArgs<N>
): Promise<Buffer> {
  // TypeScript cannot pair a generic job with its arguments inside the union: one cast, here.
  const message = { job, args } as Unnumbered<ToRenderWorker>;
  const bytes = await threads.of(ctx).ask(message);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** For tests: a core whose documents are made by `thread` (one they can stop, say). */
export function useRenderThread(ctx: ServiceContext, thread: RenderThread): void {
  threads.use(ctx, thread);
}

/** Ends the core's render thread, if it started one. */
export function closeRenderThread(ctx: ServiceContext): Promise<void> {
  return threads.close(ctx);
}

/** The thread's script: dist/electron/render-worker.cjs when built, else render-worker.ts. */
export function launchRenderWorker(): Worker {
  return launchWorker(import.meta.url, './render-worker.ts', 'render-worker.cjs');
}
