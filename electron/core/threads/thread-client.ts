import type { Worker } from 'node:worker_threads';
import { errorOf, type ThreadReply } from './thread-protocol';

/** What a message asks of a thread, before the client numbers it. */
export type Unnumbered<M> = M extends { id: number } ? Omit<M, 'id'> : never;

export interface ThreadClient<Ask, Value> {
  /** Sends a job and waits for its answer; the thread starts at the first. */
  ask(message: Unnumbered<Ask>, transfer?: ArrayBuffer[]): Promise<Value>;
  /** Sends a message that has no answer, if the thread is running. */
  tell(message: unknown): void;
  close(): Promise<void>;
}

/**
 * The core's side of a worker thread: started at the first job and kept. A thread that dies
 * fails what was asked of it and is started again at the next job; idle, it lets the process
 * (the CLI's, a test's) end.
 */
export function createThreadClient<Ask, Value>(
  launch: () => Worker,
  name: string,
): ThreadClient<Ask, Value> {
  let worker: Worker | null = null;
  let lastId = 0;
  const pending = new Map<number, { resolve(value: Value): void; reject(err: Error): void }>();

  const failAll = (err: Error) => {
    for (const waiting of pending.values()) waiting.reject(err);
    pending.clear();
  };
  const settle = (message: ThreadReply<Value>) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (pending.size === 0) worker?.unref();
    if (!waiting) return;
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(errorOf(message.error));
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = launch();
    w.on('message', settle);
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`${name} avslutades (${code})`));
    });
    return (worker = w);
  };
  return {
    ask(message, transfer = []) {
      const w = started();
      const id = ++lastId;
      w.ref();
      return new Promise<Value>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ ...message, id }, transfer);
      });
    },
    tell: (message) => worker?.postMessage(message),
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
