import type { Command } from 'commander';
import type { GlobalOptions } from '../main';

/** `blikk reconcile` (stub: built by the reconcile helper). */
export function registerBlikkReconcile(_blikk: Command, _globals: () => GlobalOptions): void {}
