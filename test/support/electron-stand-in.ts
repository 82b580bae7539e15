import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses finds the fuse wire after this marker in Electron's binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron's fuses in wire order, with the state an unflipped Electron ships them in. */
export const ELECTRON_DEFAULT_FUSES = {
  runAsNode: true,
  enableCookieEncryption: false,
  enableNodeOptionsEnvironmentVariable: true,
  enableNodeCliInspectArguments: true,
  enableEmbeddedAsarIntegrityValidation: false,
  onlyLoadAppFromAsar: false,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: true,
} as const;

export type FuseName = keyof typeof ELECTRON_DEFAULT_FUSES;
export const FUSE_NAMES = Object.keys(ELECTRON_DEFAULT_FUSES) as FuseName[];

/**
 * An Electron distribution electron-builder can package offline (TOOLCHAIN.md): a script named
 * `electron`, a `version` file, and the fuse wire Electron's binary carries (version 1, then one
 * byte per fuse, '1' on and '0' off), so that packaging really flips the fuses it is told to.
 */
export function makeStandInElectron(dir: string, version: string): string {
  mkdirSync(dir, { recursive: true });
  const wire = FUSE_NAMES.map((name) => (ELECTRON_DEFAULT_FUSES[name] ? '1' : '0')).join('');
  const script = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "a stand-in for Electron, for packaging tests"\nexit 0\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(`${wire}\n`),
  ]);
  writeFileSync(join(dir, 'electron'), script);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), version);
  return dir;
}

/** The fuses as a packaged binary carries them, read back from its wire. */
export function fusesOf(binary: Buffer): Record<FuseName, boolean> {
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error('No fuse wire in this binary');
  const wire = binary.subarray(at + FUSE_SENTINEL.length + 2);
  return Object.fromEntries(FUSE_NAMES.map((name, i) => [name, wire[i] === 0x31])) as Record<
    FuseName,
    boolean
  >;
}
