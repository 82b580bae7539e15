import type { Command } from 'commander';
import { resolveCustomer } from '../customer-ref';
import { outPath, writeOut } from '../out-file';
import { print } from '../output';
import { call, withCoreProcess } from '../session';
import type { GlobalOptions } from '../main';

export function registerSetupSheet(program: Command, globals: () => GlobalOptions): void {
  program
    .command('setup-sheet')
    .description('skriv kundens uppläggningsblad för Blikk (PDF)')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .option('--out <file>', 'PDF-filen (annars uppläggningsbladets namn i aktuell mapp)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { customer: string; out?: string; json?: boolean }) => {
      if (opts.out) outPath(opts.out);
      await withCoreProcess(globals().db, async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const sheet = await call(core, 'setupSheet:export', { customerId });
        const file = writeOut(opts.out ?? sheet.fileName, Buffer.from(sheet.base64, 'base64'));
        print(
          { json: Boolean(opts.json) },
          { file },
          () => `Uppläggningsbladet är skrivet: ${file}`,
        );
      });
    });
}
