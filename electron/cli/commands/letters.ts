import type { Command } from 'commander';
import { makeLetters } from '../../core/mail/letters-service';
import { resolveCustomer } from '../customer-ref';
import { outPath, writeOut } from '../out-file';
import { print } from '../output';
import { withCore } from '../session';
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
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        // The service itself, not the channel: the CLI reports how many letters it wrote.
        const letters = await makeLetters(core.context, customerId);
        const file = writeOut(opts.out, letters.bytes);
        const count = letters.userIds.length;
        print({ json: Boolean(opts.json) }, { file, letters: count }, () =>
          count === 1
            ? `1 BankID-brev är skrivet: ${file}`
            : `${count} BankID-brev är skrivna: ${file}`,
        );
      });
    });
}
