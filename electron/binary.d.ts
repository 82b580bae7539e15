export declare const ELECTRON_MISSING_REASON: string;

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/** Where the Electron program is, found without ever triggering its download. */
export declare function findElectronBinary(env?: NodeJS.ProcessEnv): ElectronBinary;
