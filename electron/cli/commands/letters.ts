import type { Command } from 'commander';
import { resolveCustomer } from '../customer-ref';
import { outPath, writeOut } from '../out-file';
import { print } from '../output';
import { call, withCoreProcess } from '../session';
import type { GlobalOptions } from '../main';

export function registerLetters(program: Command, globals: () => GlobalOptions): void {
  program
    .command('letters')
    .description('skriv BankID-brev till kundens användare utan e-postadress (PDF)')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .requiredOption('--out <file>', 'PDF-filen')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { customer: string; out: string; json?: boolean }) => {
      outPath(opts.out);
      // A PDF is a long job: in a core process, as the app makes it (the command only waits).
      await withCoreProcess(globals().db, async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const letters = await call(core, 'invitations:letters', { customerId });
        const file = writeOut(opts.out, Buffer.from(letters.base64, 'base64'));
        const count = letters.letters;
        print({ json: Boolean(opts.json) }, { file, letters: count }, () =>
          count === 1
            ? `1 BankID-brev är skrivet: ${file}`
            : `${count} BankID-brev är skrivna: ${file}`,
        );
      });
    });
}
