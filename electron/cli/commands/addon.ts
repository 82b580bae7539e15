import type { Command } from 'commander';
import type { CustomerAddon } from '../../../shared/schemas/invoices';
import { resolveCustomer } from '../customer-ref';
import { table } from '../format';
import { print, UsageError } from '../output';
import { call, withCore } from '../session';
import type { GlobalOptions } from '../main';

interface AddOptions {
  customer: string;
  code: string;
  from: string;
  to?: string;
  quantity: string;
  json?: boolean;
}

export function registerAddon(program: Command, globals: () => GlobalOptions): void {
  const addon = program.command('addon').description('kundens tilläggstjänster (ur prislistan)');
  addon
    .command('add')
    .description('aktivera en tilläggstjänst för kunden')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .requiredOption('--code <code>', 'tilläggstjänstens kod i prislistan')
    .requiredOption('--from <YYYY-MM-DD>', 'första dagen den gäller')
    .option('--to <YYYY-MM-DD>', 'sista dagen den gäller (annars tills vidare)')
    .option('--quantity <n>', 'antal (för tjänster som räknas per styck)', '1')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: AddOptions) => {
      const quantity = Number(opts.quantity);
      if (!Number.isInteger(quantity) || quantity < 1)
        throw new UsageError(`--quantity ska vara ett heltal ≥ 1: ${opts.quantity}`);
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const added = await call(core, 'addons:add', {
          customerId,
          code: opts.code,
          from: opts.from,
          to: opts.to,
          quantity,
        });
        print({ json: Boolean(opts.json) }, added, () => `Aktiverade ${describe(added)}.`);
      });
    });
  addon
    .command('list')
    .description('lista kundens tilläggstjänster')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { customer: string; json?: boolean }) => {
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const addons = await call(core, 'addons:list', { customerId });
        print({ json: Boolean(opts.json) }, addons, () => describeList(addons));
      });
    });
  addon
    .command('end')
    .description('sätt sista dagen för en tilläggstjänst (none: tills vidare)')
    .requiredOption('--id <id>', 'tilläggstjänstens id (se addon list)')
    .requiredOption('--to <YYYY-MM-DD|none>', 'sista dagen den gäller')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { id: string; to: string; json?: boolean }) => {
      await withCore(globals().db, 'cli', async (core) => {
        const to = opts.to === 'none' ? null : opts.to;
        const ended = await call(core, 'addons:end', { id: opts.id, to });
        print({ json: Boolean(opts.json) }, ended, () => `Ändrade ${describe(ended)}.`);
      });
    });
}

function describe(a: CustomerAddon): string {
  const quantity = a.unit === 'item' ? `, ${a.quantity} st` : '';
  return `${a.name} (${a.code}${quantity}) från ${a.activeFrom}${a.activeTo ? ` till ${a.activeTo}` : ' tills vidare'}`;
}

function describeList(addons: CustomerAddon[]): string {
  if (addons.length === 0) return 'Inga tilläggstjänster.';
  return table(
    ['Tjänst', 'Kod', 'Antal', 'Från', 'Till', 'Id'],
    addons.map((a) => [
      a.name,
      a.code,
      String(a.quantity),
      a.activeFrom,
      a.activeTo ?? 'tills vidare',
      a.id,
    ]),
  );
}
