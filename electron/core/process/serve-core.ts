import { openCore, type OpenedCore } from '../open';
import { confStore } from '../preferences/preference-service';
import { logError } from '../log';
import { AppError, type AppErrorShape } from '../../../shared/errors';
import type { CoreOptions } from '../core';
import type { ParentLink } from './parent-link';
import { isMessage, type CoreStart, type ToCore } from './protocol';

/**
 * The core as a process of its own: opens the services on the parent's `start`, answers each
 * `request` with the dispatcher's Result, pushes every service event, and closes on `close`.
 * Which link carries the messages (a Node IPC channel or Electron's parent port) is
 * chosen once, in parent-link.ts.
 */
export function serveCore(link: ParentLink): void {
  let core: OpenedCore | undefined;
  let opening: Promise<void> | undefined;
  link.onMessage((message) => {
    if (!isMessage<ToCore>(message)) return;
    if (message.type === 'start') {
      opening ??= open(message.options).then(
        (opened) => {
          core = opened;
          link.send({ type: 'ready' });
        },
        (err: unknown) => {
          logError('the core could not open', err);
          link.send({ type: 'failed', error: errorShape(err) });
        },
      );
    } else if (message.type === 'request') {
      void answer(message);
    } else if (message.type === 'close') {
      void closeAndExit();
    }
  });

  async function answer(request: Extract<ToCore, { type: 'request' }>) {
    await opening;
    const result = core
      ? await core.dispatch(request.channel, request.input, request.meta)
      : { ok: false as const, error: errorShape(new Error('The core is not open')) };
    link.send({ type: 'reply', id: request.id, result });
  }

  async function open(options: CoreStart): Promise<OpenedCore> {
    const opened = await openCore(await coreOptions(options));
    opened.subscribe((event, payload) => link.send({ type: 'event', event, payload }));
    if (options.startOutbox) opened.outbox.start();
    return opened;
  }

  async function closeAndExit() {
    try {
      await opening?.catch(() => undefined);
      await core?.close();
    } catch (err) {
      logError('the core did not close cleanly', err);
    }
    link.exit(0);
  }
}

/** The start message as CoreOptions: the key handed over in memory, never through a file. */
async function coreOptions(start: CoreStart): Promise<CoreOptions> {
  const key = start.key ? Buffer.from(start.key) : undefined;
  return {
    dbFile: start.dbFile,
    mode: start.mode,
    version: start.version,
    resourcesDir: start.resourcesDir,
    keyStore: key ? { load: async () => key } : undefined,
    preferences: start.preferencesDir ? await confStore(start.preferencesDir) : undefined,
  };
}

/** Why the core could not open, as a code the parent can report like any other refusal. */
function errorShape(err: unknown): AppErrorShape {
  if (err instanceof AppError) return err.toShape();
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}
