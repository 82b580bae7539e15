import { openCore, type OpenedCore } from '../core/open';
import { resolveDbFile } from '../core/paths';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { unwrap } from './output';

/** One command's use of the services: open, call through the contract, always close. */
export async function withCore<T>(
  dbFlag: string | undefined,
  mode: 'cli' | 'browser',
  work: (core: OpenedCore) => Promise<T>,
): Promise<T> {
  const core = await openCore({ dbFile: resolveDbFile(dbFlag), mode });
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

/** Calls a channel exactly as the UI would, so the CLI gets the same validation and codes. */
export async function call<C extends Channel>(
  core: OpenedCore,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  return unwrap((await core.dispatch(channel, input, { transport: 'cli' })) as never);
}
