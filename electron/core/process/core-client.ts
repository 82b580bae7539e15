import type { CallContext } from '../../../shared/contract/handlers';
import { isEventName } from '../../../shared/contract';
import { errorsSv } from '../../../shared/errorMessages';
import { AppError, type ErrorCode, type Result } from '../../../shared/errors';
import type { Core } from '../core';
import { createEventBus } from '../events';
import { isMessage, type CoreLink, type CoreStart, type FromCore, type ToCore } from './protocol';

/** One running core process, as its launcher (Node's fork, Electron's utilityProcess) sees it. */
export interface CoreProcess extends CoreLink<ToCore, FromCore> {
  readonly pid: number | undefined;
  onExit(listener: () => void): void;
  kill(): void;
}

export type LaunchCore = () => CoreProcess;

/** The services in a process of their own, behind the same `Core` every transport serves. */
export interface CoreClient extends Core {
  /** The core process's id now (it changes when the core is restarted). */
  pid(): number | undefined;
}

/** A core that keeps dying before it is open is not started a fourth time in a row. */
const MAX_FAILED_STARTS = 3;
/** How long close() waits for the core to close the database before it is killed. */
const CLOSE_TIMEOUT_MS = 15_000;

type Reply = (result: Result<unknown>) => void;

/**
 * Starts the core process and resolves once its services are open (rejects with the core's
 * reason when they cannot open, e.g. a database from a newer version). A core that dies later
 * answers what was in flight with `core.restarted`, is started again, and `core:restarted` is
 * pushed to every subscriber once it is back.
 */
export async function startCoreClient(launch: LaunchCore, start: CoreStart): Promise<CoreClient> {
  const bus = createEventBus();
  const pending = new Map<number, Reply>();
  let nextId = 0;
  let failedStarts = 0;
  let closing: Promise<void> | undefined;
  let running = spawn(false);
  try {
    await running.ready;
  } catch (err) {
    // A core that cannot open is not restarted: the caller says why and stops.
    closing = Promise.resolve();
    running.child.kill();
    throw err;
  }

  function spawn(restarted: boolean) {
    const child = launch();
    let exited = false;
    let opened = false;
    let resolveExit = () => {};
    const exit = new Promise<void>((ok) => (resolveExit = ok));
    const ready = new Promise<void>((ok, fail) => {
      child.onMessage((message) => {
        if (!isMessage<FromCore>(message)) return;
        if (message.type === 'ready') {
          failedStarts = 0;
          opened = true;
          ok();
          if (restarted) bus.emit('core:restarted', {});
        } else if (message.type === 'failed') {
          fail(AppError.fromShape(message.error));
          child.kill();
        } else if (message.type === 'reply') {
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
        } else if (isEventName(message.event)) {
          bus.emit(message.event, message.payload as never);
        }
      });
      child.onExit(() => {
        exited = true;
        fail(new Error('The core process ended before it was open'));
        resolveExit();
        onExit(child, opened);
      });
    });
    // Nobody may be waiting yet; a start that failed is reported through dispatch or startCoreClient.
    ready.catch(() => undefined);
    child.send({ type: 'start', options: start });
    return { child, ready, exit, isAlive: () => !exited };
  }

  function onExit(child: CoreProcess, opened: boolean) {
    if (child !== running.child) return;
    for (const reply of pending.values()) reply(failure('core.restarted'));
    pending.clear();
    if (closing) return;
    failedStarts = opened ? 0 : failedStarts + 1;
    if (failedStarts < MAX_FAILED_STARTS) running = spawn(true);
  }

  /** The open core to send to: a request that arrives while the core restarts waits for it. */
  async function openCore() {
    const current = running;
    const open = await current.ready.then(
      () => true,
      () => false,
    );
    return open && current.isAlive() ? current : undefined;
  }

  async function dispatch(channel: string, input: unknown, meta: CallContext) {
    if (closing) return failure('internal');
    const current = (await openCore()) ?? (await openCore());
    if (!current) return failure('core.restarted');
    const id = (nextId += 1);
    return new Promise<Result<unknown>>((resolve) => {
      pending.set(id, resolve);
      try {
        current.child.send({ type: 'request', id, channel, input, meta });
      } catch {
        pending.delete(id);
        resolve(failure('core.restarted'));
      }
    });
  }

  async function close() {
    closing ??= (async () => {
      const current = running;
      if (!current.isAlive()) return;
      const timer = setTimeout(() => current.child.kill(), CLOSE_TIMEOUT_MS);
      try {
        current.child.send({ type: 'close' });
      } catch {
        current.child.kill();
      }
      await current.exit;
      clearTimeout(timer);
    })();
    return closing;
  }

  return { dispatch, subscribe: bus.subscribe, close, pid: () => running.child.pid };
}

function failure(code: ErrorCode): Result<never> {
  return { ok: false, error: { code, message: errorsSv[code] } };
}
