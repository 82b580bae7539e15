import type { Command } from 'commander';
import type { GlobalOptions } from '../main';

/** `blikk connect` and `blikk test` (stub: built by the client helper). */
export function registerBlikkConnect(_blikk: Command, _globals: () => GlobalOptions): void {}
