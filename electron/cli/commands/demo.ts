import type { Command } from 'commander';
import { seedDemo, type DemoResult } from '../../core/demo/demo-service';
import { note, print, UsageError } from '../output';
import { withCore } from '../session';
import type { GlobalOptions } from '../main';

export function registerDemo(program: Command, globals: () => GlobalOptions): void {
  program
    .command('demo')
    .description('fyll databasen med påhittade kunder (Skatteverkets testpersonnummer)')
    .option('--customers <n>', 'antal kunder', '50')
    .option(
      '--users-per-customer <m>',
      'antal användare per kund, primärkontakten inräknad (annars bara primärkontakten när hen är administratör)',
    )
    .option('--seed <n>', 'slumpfrö: samma frö ger samma kunder', '1')
    .option(
      '--history-months <n>',
      'månader av licens-, fakturerings- och tilläggshistorik, till och med innevarande månad',
      '0',
    )
    .option('--json', 'skriv resultatet som JSON')
    .action(
      async (opts: {
        customers: string;
        usersPerCustomer?: string;
        seed: string;
        historyMonths: string;
        json?: boolean;
      }) => {
        const customers = wholeNumber(opts.customers, '--customers');
        const usersPerCustomer =
          opts.usersPerCustomer === undefined
            ? undefined
            : wholeNumber(opts.usersPerCustomer, '--users-per-customer');
        const seed = wholeNumber(opts.seed, '--seed');
        const historyMonths = wholeNumber(opts.historyMonths, '--history-months');
        await withCore(globals().db, 'cli', async (core) => {
          const step = Math.max(100, Math.round(customers / 10));
          const result = await seedDemo(core.context, {
            customers,
            usersPerCustomer,
            seed,
            historyMonths,
            onProgress: (done) => {
              if (done % step === 0 && done < customers) note(`${done} av ${customers} kunder…`);
            },
          });
          print({ json: Boolean(opts.json) }, result, () => describe(result));
        });
      },
    );
}

function describe(result: DemoResult): string {
  const skipped = result.skipped ? ` (${result.skipped} fanns redan)` : '';
  const h = result.history;
  const history = h?.from
    ? ` Historik från ${h.from}: ${h.licenceChanges} licensändringar, ${h.invoicingChanges} byten av fakturering, ${h.addons} tilläggstjänster.`
    : '';
  return `Skapade ${result.created} demokunder${skipped}.${history}`;
}

function wholeNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`${flag} ska vara ett heltal ≥ 0: ${value}`);
  return n;
}
