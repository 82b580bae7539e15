import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { basename, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { LicenceState, UserRow } from '../../../shared/schemas/users';
import { resolveCustomer } from '../customer-ref';
import { MISSING_LABELS, table } from '../format';
import { outPath, writeOut } from '../out-file';
import { note, print, ReportedRefusal, UsageError } from '../output';
import { parseReport, type ImportReport } from '../../../shared/schemas/import';
import { call, withCore, withCoreProcess } from '../session';
import type { GlobalOptions } from '../main';

export const ROLE_LABELS = {
  reporter: 'Rapportör',
  approver: 'Attestansvarig',
  admin: 'Administratör',
};
export const SALARY_LABELS = { monthly: 'Månadslön', hourly: 'Timlön' };

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
  users
    .command('import <file>')
    .description('läs in kundens användarlista (CSV, TXT, XLSX eller PAXml)')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .option('--dry-run', 'visa vad som skulle hända, utan att spara')
    .option('--json', 'skriv rapporten som JSON')
    .action(async (file: string, opts: { customer: string; dryRun?: boolean; json?: boolean }) => {
      const contentBase64 = readUserList(file).toString('base64');
      // A long job: in a core process, through the contract, with the window's schema and limit.
      await withCoreProcess(globals().db, async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const result = await call(core, 'users:import', {
          customerId,
          fileName: basename(file),
          contentBase64,
          dryRun: Boolean(opts.dryRun),
        });
        const report = parseReport(result);
        print({ json: Boolean(opts.json) }, report, () =>
          describeReport(report, Boolean(opts.dryRun)),
        );
        // A file-level error refuses the whole file, dry run or not: exit 1 after the report.
        if (report.fileIssues.some((i) => i.severity === 'error')) throw new ReportedRefusal();
      });
    });
  users
    .command('export')
    .description('skriv kundens användare som CSV (Excel, semikolon) eller XLSX')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .requiredOption('--out <file>', 'filen, .csv eller .xlsx')
    .action(async (opts: { customer: string; out: string }) => {
      const format = extname(opts.out).toLowerCase().slice(1);
      if (format !== 'csv' && format !== 'xlsx')
        throw new UsageError('--out ska sluta på .csv eller .xlsx');
      outPath(opts.out);
      // A file export is a long job: in a core process, as the app makes it.
      await withCoreProcess(globals().db, async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const file = await call(core, 'users:export', { customerId, format });
        note(
          `Användarna är exporterade: ${writeOut(opts.out, Buffer.from(file.base64, 'base64'))}`,
        );
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

function readUserList(file: string): Buffer {
  try {
    return readFileSync(resolve(file));
  } catch {
    throw new AppError('import.file', `Filen finns inte eller går inte att läsa: ${resolve(file)}`);
  }
}

function describeReport(r: ImportReport, dryRun: boolean): string {
  const lines = [
    `${r.rows} rader: ${r.accepted} godtagna, ${r.rejected} avvisade.`,
    `${dryRun ? 'Skulle skapa' : 'Skapade'} ${r.created}, ${dryRun ? 'uppdatera' : 'uppdaterade'} ${r.updated}, ${r.unchanged} oförändrade.`,
    ...(r.wouldHave
      ? [
          `${dryRun ? 'Inget skulle sparas' : 'Inget sparades'}: filen skulle ha skapat ${r.wouldHave.created}, uppdaterat ${r.wouldHave.updated} och lämnat ${r.wouldHave.unchanged} oförändrade.`,
        ]
      : []),
    ...r.fileIssues.map((i) => `Fil: ${i.message}`),
    ...r.issues.map(
      (i) =>
        `Rad ${i.row} (${i.field}): ${i.severity === 'error' ? 'FEL' : 'varning'}, ${i.message}`,
    ),
  ];
  return lines.join('\n');
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
