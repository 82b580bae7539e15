import type { Command } from 'commander';
import type { LicenceState, UserRow } from '../../../shared/schemas/users';
import { resolveCustomer } from '../customer-ref';
import { MISSING_LABELS, table } from '../format';
import { print, UsageError } from '../output';
import { call, withCore } from '../session';
import type { GlobalOptions } from '../main';

const ROLE_LABELS = { reporter: 'Rapportör', approver: 'Attestansvarig', admin: 'Administratör' };
const SALARY_LABELS = { monthly: 'Månadslön', hourly: 'Timlön' };

export function registerUsers(program: Command, globals: () => GlobalOptions): void {
  const users = program.command('users').description('kundens användare');
  users
    .command('list')
    .description('lista kundens användare (personnummer maskerade)')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { customer: string; json?: boolean }) => {
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const rows = await call(core, 'users:list', { customerId });
        print({ json: Boolean(opts.json) }, rows, () => describeUsers(rows));
      });
    });
  program
    .command('licences')
    .description('kundens licenser')
    .command('set')
    .description('ändra antalet licenser (historiken sparas för fakturan)')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .requiredOption('--count <n>', 'antal licenser')
    .option('--from <YYYY-MM-DD>', 'gäller från (annars i dag)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { customer: string; count: string; from?: string; json?: boolean }) => {
      const count = Number(opts.count);
      if (!Number.isInteger(count))
        throw new UsageError(`--count ska vara ett heltal: ${opts.count}`);
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const state = await call(core, 'licences:set', { customerId, count, from: opts.from });
        print({ json: Boolean(opts.json) }, state, () => describeLicences(state));
      });
    });
}

function describeUsers(rows: UserRow[]): string {
  if (rows.length === 0) return 'Inga användare ännu.';
  return table(
    [
      'Namn',
      'E-post',
      'Personnummer',
      'Anst.nr',
      'Löneform',
      'Behörighet',
      'Attestansvarig',
      'Saknas',
    ],
    rows.map((u) => [
      `${u.firstName} ${u.lastName}`,
      u.email,
      u.personnummerMasked ?? '',
      u.employeeNumber,
      u.salaryForm ? SALARY_LABELS[u.salaryForm] : '',
      ROLE_LABELS[u.role],
      u.approverName ?? '',
      u.missing.map((code) => MISSING_LABELS[code] ?? code).join(', '),
    ]),
  );
}

function describeLicences(s: LicenceState): string {
  return `${s.licences} licenser, ${s.assigned.total} använda (${s.assigned.reporter} rapportörer, ${s.assigned.approver} attestansvariga, ${s.assigned.admin} administratörer).`;
}
