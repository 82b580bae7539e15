import type { Command } from 'commander';
import type { GlobalOptions } from '../main';
import { registerBlikkConnect } from './blikk-connect';
import { registerBlikkReconcile } from './blikk-reconcile';

/** `kundstart blikk connect|test|reconcile`: reading each customer's Blikk account back. */
export function registerBlikk(program: Command, globals: () => GlobalOptions): void {
  const blikk = program.command('blikk').description('stäm av kunderna mot deras konton i Blikk');
  registerBlikkConnect(blikk, globals);
  registerBlikkReconcile(blikk, globals);
}
