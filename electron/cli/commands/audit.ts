import { extname } from 'node:path';
import type { Command } from 'commander';
import { AUDIT_KINDS, findKind, kindName } from '../../../shared/audit/kinds';
import type { AuditEntry, AuditFilter } from '../../../shared/schemas/app';
import type { Core } from '../../core/core';
import { swedishTime } from '../../core/audit/audit-export';
import { resolveCustomer } from '../customer-ref';
import { table } from '../format';
import { outPath, writeOut } from '../out-file';
import { note, print, UsageError } from '../output';
import { call, withCore, withCoreProcess } from '../session';
import type { GlobalOptions } from '../main';

interface FilterOptions {
  customer?: string;
  user?: string;
  staff?: string;
  kind?: string;
  from?: string;
  to?: string;
  text?: string;
}

/** The filters `audit list` and `audit export` share, as the page offers them. */
function withFilters(command: Command): Command {
  return command
    .option('--customer <id|orgnr>', 'bara kundens händelser')
    .option('--user <id>', 'bara händelser om användaren (dess id)')
    .option('--staff <namn>', 'bara det personalen gjort (namnet som loggen skriver det)')
    .option('--kind <händelse>', `bara den sortens händelser (${AUDIT_KINDS[0]?.key}, …)`)
    .option('--from <ÅÅÅÅ-MM-DD>', 'från och med dagen')
    .option('--to <ÅÅÅÅ-MM-DD>', 'till och med dagen')
    .option('--text <text>', 'vem händelsen gäller innehåller texten');
}

function kindFilter(value: string | undefined): Pick<AuditFilter, 'entity' | 'action'> {
  if (value === undefined) return {};
  const kind = findKind(value);
  if (!kind) {
    const known = AUDIT_KINDS.map((k) => `${k.key} (${k.sv})`).join(', ');
    throw new UsageError(`--kind känns inte igen: ${value}. Välj bland: ${known}`);
  }
  return { entity: kind.entity, action: kind.action };
}

async function filterOf(core: Core, opts: FilterOptions): Promise<AuditFilter> {
  const filter: AuditFilter = { ...kindFilter(opts.kind) };
  if (opts.customer) filter.customerId = await resolveCustomer(core, opts.customer);
  if (opts.user) filter.userId = opts.user;
  if (opts.staff) filter.actor = opts.staff;
  if (opts.from) filter.from = opts.from;
  if (opts.to) filter.to = opts.to;
  if (opts.text) filter.text = opts.text;
  return filter;
}

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} ska vara ett positivt heltal`);
  return n;
}

function describeEntries(entries: AuditEntry[], count: number): string {
  if (entries.length === 0) return 'Inga händelser passar filtren.';
  const rows = entries.map((e) => [
    String(e.id),
    swedishTime(e.at),
    e.actor,
    kindName(e, 'sv'),
    e.subject,
    e.customerName ?? '',
  ]);
  const head = ['Id', 'Tid', 'Personal', 'Händelse', 'Gäller', 'Kund'];
  const more = count > entries.length ? `\n${entries.length} av ${count} händelser visas.` : '';
  return `${table(head, rows)}${more}`;
}

export function registerAudit(program: Command, globals: () => GlobalOptions): void {
  const audit = program.command('audit').description('händelseloggen: vem ändrade vad och när');
  withFilters(audit.command('list'))
    .description('lista händelser, nyaste först')
    .option('--limit <n>', 'högst så många (1–1000)', '100')
    .option('--before <id>', 'bara händelser äldre än den med id (nästa sida)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: FilterOptions & { limit: string; before?: string; json?: boolean }) => {
      const limit = positive(opts.limit, '--limit');
      const before = opts.before === undefined ? undefined : positive(opts.before, '--before');
      await withCore(globals().db, 'cli', async (core) => {
        const filter = await filterOf(core, opts);
        const entries = await call(core, 'audit:list', { ...filter, before, limit });
        const { count } = await call(core, 'audit:count', filter);
        print({ json: Boolean(opts.json) }, { count, entries }, () =>
          describeEntries(entries, count),
        );
      });
    });
  withFilters(audit.command('export'))
    .description('skriv de filtrerade händelserna som CSV (Excel, semikolon) eller XLSX')
    .requiredOption('--out <file>', 'filen, .csv eller .xlsx')
    .action(async (opts: FilterOptions & { out: string }) => {
      const format = extname(opts.out).toLowerCase().slice(1);
      if (format !== 'csv' && format !== 'xlsx')
        throw new UsageError('--out ska sluta på .csv eller .xlsx');
      outPath(opts.out);
      // Writing the file is a long job: in a core process of its own, as the other exports.
      await withCoreProcess(globals().db, async (core) => {
        const filter = await filterOf(core, opts);
        const file = await call(core, 'audit:export', { ...filter, format });
        note(
          `Händelseloggen är exporterad: ${writeOut(opts.out, Buffer.from(file.base64, 'base64'))}`,
        );
      });
    });
}
