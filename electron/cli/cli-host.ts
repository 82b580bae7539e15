import type { KeyStore } from '../core/core';
import type { LaunchCore } from '../core/process/core-client';
import { forkCore } from '../core/process/fork-core';

/**
 * What the program running the CLI decides: where the data key comes from and how a long job's
 * core process starts. Plain Node (`kundstart`): the key file beside the database (undefined
 * here; the core reads it) and a forked Node process. The desktop app (`Kundstart --cli`): the
 * key unsealed from the OS keychain, and an Electron utilityProcess.
 */
export interface CliHost {
  keyStore(dbFile: string): Promise<KeyStore | undefined>;
  launchCore(): LaunchCore;
}

/** Plain Node's: the key file beside the database, and a forked Node process for long jobs. */
export const PLAIN_NODE_HOST: CliHost = {
  keyStore: async () => undefined,
  launchCore: () => forkCore(),
};

let current: CliHost = PLAIN_NODE_HOST;

/** Chosen once, before the program runs (electron/main/cli-mode.ts); plain Node keeps the default. */
export function setCliHost(host: CliHost): void {
  current = host;
}

export function cliHost(): CliHost {
  return current;
}
