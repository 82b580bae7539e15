import type { Core } from '../core/core';
import { openCore, type OpenedCore } from '../core/open';
import { localFileFor, resolveDbFile } from '../core/paths';
import { startCoreClient, type CoreClient } from '../core/process/core-client';
import { cliHost } from './cli-host';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { unwrap } from './output';

/** One command's use of the services: open, call through the contract, always close. */
export async function withCore<T>(
  dbFlag: string | undefined,
  mode: 'cli' | 'browser',
  work: (core: OpenedCore) => Promise<T>,
): Promise<T> {
  const dbFile = resolveDbFile(dbFlag);
  const keyStore = await cliHost().keyStore(localFileFor(dbFile));
  const core = await openCore({ dbFile, mode, keyStore });
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

/**
 * A long job's use of the services (an import, a file export): in a core process of their own,
 * as browser mode and the desktop app run them, reached through the contract only. The command's
 * process only waits; a core that dies answers core.restarted and leaves nothing half-written.
 */
export async function withCoreProcess<T>(
  dbFlag: string | undefined,
  work: (core: Core) => Promise<T>,
): Promise<T> {
  const core = await startCoreProcess(dbFlag, 'cli', false);
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

/** Calls a channel exactly as the UI would, so the CLI gets the same validation and codes. */
export async function call<C extends Channel>(
  core: Core,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  return unwrap((await core.dispatch(channel, input, { transport: 'cli' })) as never);
}

/**
 * The services in a process of their own, started as the CLI's host says (a forked Node process,
 * or the desktop app's utilityProcess). The key travels in memory when the host unsealed it;
 * otherwise the core reads the key file beside the database.
 */
export async function startCoreProcess(
  dbFlag: string | undefined,
  mode: 'cli' | 'browser',
  startOutbox: boolean,
): Promise<CoreClient> {
  const dbFile = resolveDbFile(dbFlag);
  const key = await (await cliHost().keyStore(localFileFor(dbFile)))?.load();
  return startCoreClient(cliHost().launchCore(), {
    dbFile,
    mode,
    startOutbox,
    ...(key ? { key } : {}),
  });
}
