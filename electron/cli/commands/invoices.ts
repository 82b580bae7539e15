import type { Command } from 'commander';
import { isMonth } from '../../../shared/domain/months';
import { formatKronor, oreToKronor } from '../../../shared/domain/money';
import type {
  ComparisonReason,
  InvoiceComparison,
  InvoiceExportFormat,
  InvoiceSummary,
  TrendPoint,
} from '../../../shared/schemas/invoices';
import type { Core } from '../../core/core';
import { toJsonDocument } from '../../core/invoices/export/json';
import { table } from '../format';
import { outPath, writeOut } from '../out-file';
import { note, print, UsageError } from '../output';
import { call, withCore, withCoreProcess } from '../session';
import type { GlobalOptions } from '../main';

const SUMMARY_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
/** Formats that are not text: written to a file, never to the terminal. */
const BINARY = new Set<string>(['xlsx', 'pdf']);
const MONTH = '--month <YYYY-MM>';

export function registerInvoices(program: Command, globals: () => GlobalOptions): void {
  const invoices = program.command('invoices').description('månadens samlingsfaktura');
  invoices
    .command('summary')
    .description('månadens sammanställning (JSON på stdout, eller en fil med --out)')
    .requiredOption(MONTH, 'månaden')
    .option('--format <json|csv|xlsx|pdf>', 'filformat', 'json')
    .option('--out <file>', 'skriv till filen (krävs för xlsx och pdf)')
    .action(async (opts: { month: string; format: string; out?: string }) => {
      const month = checkMonth(opts.month);
      const format = summaryFormat(opts.format);
      if (!opts.out && BINARY.has(format))
        throw new UsageError(`--format ${format} skriver en fil: ange --out FILE`);
      if (opts.out) outPath(opts.out);
      const work = async (core: Core) => {
        const summary = await call(core, 'invoices:summary', { month });
        noteWarnings(summary);
        if (opts.out) return writeExport(core, month, format, opts.out);
        if (format === 'json') return print({ json: true }, toJsonDocument(summary), () => '');
        process.stdout.write(await exportBytes(core, month, format));
      };
      // Rendering a file is a long job, in a core process; the JSON document is read at once.
      if (format === 'json' && !opts.out) await withCore(globals().db, 'cli', work);
      else await withCoreProcess(globals().db, work);
    });
  invoices
    .command('basis')
    .description('underlag för vidarefakturering till listpris (CSV)')
    .requiredOption(MONTH, 'månaden')
    .requiredOption('--out <file>', 'CSV-filen')
    .action(async (opts: { month: string; out: string }) => {
      const month = checkMonth(opts.month);
      outPath(opts.out);
      await withCoreProcess(globals().db, (core) => writeExport(core, month, 'basis', opts.out));
    });
  registerMonthJobs(invoices, globals);
  registerFigures(invoices, globals);
}

/** Closing and reopening: the monthly job closes the month that has just ended. */
function registerMonthJobs(invoices: Command, globals: () => GlobalOptions): void {
  const jobs = [
    ['close', 'invoices:close', 'stäng en månad som är slut: sammanställningen fryses', 'stängd'],
    ['reopen', 'invoices:reopen', 'öppna en stängd månad igen', 'öppnad igen'],
  ] as const;
  for (const [name, channel, description, done] of jobs) {
    invoices
      .command(name)
      .description(description)
      .requiredOption(MONTH, 'månaden')
      .option('--json', 'skriv sammanställningen som JSON')
      .action(async (opts: { month: string; json?: boolean }) => {
        const month = checkMonth(opts.month);
        await withCore(globals().db, 'cli', async (core) => {
          const summary = await call(core, channel, { month });
          print({ json: Boolean(opts.json) }, toJsonDocument(summary), () =>
            [`${month} är ${done}.`, describeTotals(summary)].join(' '),
          );
        });
      });
  }
}

function registerFigures(invoices: Command, globals: () => GlobalOptions): void {
  invoices
    .command('compare')
    .description('månaden mot månaden före: vilka kunder ändrades och varför')
    .requiredOption(MONTH, 'månaden')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { month: string; json?: boolean }) => {
      const month = checkMonth(opts.month);
      await withCore(globals().db, 'cli', async (core) => {
        const c = await call(core, 'invoices:compare', { month });
        print({ json: Boolean(opts.json) }, comparisonDocument(c), () => describeComparison(c));
      });
    });
  invoices
    .command('trend')
    .description('licenser och belopp månad för månad')
    .requiredOption(MONTH, 'den sista månaden')
    .option('--months <n>', 'antal månader (1–36)', '12')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { month: string; months: string; json?: boolean }) => {
      const month = checkMonth(opts.month);
      const months = Number(opts.months);
      if (!Number.isInteger(months) || months < 1 || months > 36)
        throw new UsageError(`--months ska vara ett heltal 1–36: ${opts.months}`);
      await withCore(globals().db, 'cli', async (core) => {
        const points = await call(core, 'invoices:trend', { month, months });
        print({ json: Boolean(opts.json) }, points.map(trendDocument), () => describeTrend(points));
      });
    });
}

function checkMonth(value: string): string {
  if (!isMonth(value)) throw new UsageError(`--month ska vara ÅÅÅÅ-MM: ${value}`);
  return value;
}

function summaryFormat(value: string): InvoiceExportFormat {
  const known = SUMMARY_FORMATS.find((f) => f === value);
  if (!known) throw new UsageError(`--format ska vara ${SUMMARY_FORMATS.join('|')}: ${value}`);
  return known;
}

async function exportBytes(core: Core, month: string, format: InvoiceExportFormat) {
  const file = await call(core, 'invoices:export', { month, format });
  return Buffer.from(file.base64, 'base64');
}

async function writeExport(
  core: Core,
  month: string,
  format: InvoiceExportFormat,
  out: string,
): Promise<void> {
  const path = writeOut(out, await exportBytes(core, month, format));
  const what = format === 'basis' ? 'Underlaget för vidarefakturering' : 'Sammanställningen';
  const written = format === 'basis' ? 'skrivet' : 'skriven';
  note(`${what} för ${month} är ${written}: ${path}`);
}

/** What a script's log should show even when the document goes to a file. */
function noteWarnings(s: InvoiceSummary): void {
  if (s.priceList.example)
    note('Obs: månaden prissätts av exempelprislistan, inte byråns egna priser.');
  for (const w of s.warnings)
    note(
      `Obs: tilläggstjänsten ${w.addonCode} finns inte i månadens prislista och faktureras inte.`,
    );
  if (s.closed?.differs)
    note(`Obs: ${s.month} är stängd, men dagens uppgifter skulle ge en annan sammanställning.`);
}

function describeTotals(s: InvoiceSummary): string {
  return `${s.customers.length} kunder på samlingsfakturan, ${s.licences} licenser, ${formatKronor(s.totalExclVatOre)} exkl. moms (${formatKronor(s.totalInclVatOre)} inkl. moms).`;
}

/** Amounts in kronor, as in the summary's JSON document. */
function comparisonDocument(c: InvoiceComparison) {
  const kr = (ore: number | null) => (ore === null ? null : oreToKronor(ore));
  return {
    month: c.month,
    previousMonth: c.previousMonth,
    rows: c.rows.map(({ previousSubtotalOre, subtotalOre, deltaOre, ...row }) => ({
      ...row,
      previousSubtotal: kr(previousSubtotalOre),
      subtotal: kr(subtotalOre),
      delta: oreToKronor(deltaOre),
    })),
    unchanged: c.unchanged,
    previousTotalExclVat: kr(c.previousTotalExclVatOre),
    totalExclVat: oreToKronor(c.totalExclVatOre),
    delta: oreToKronor(c.deltaOre),
  };
}

function trendDocument({ totalExclVatOre, listTotalExclVatOre, marginOre, ...p }: TrendPoint) {
  return {
    ...p,
    totalExclVat: oreToKronor(totalExclVatOre),
    listTotalExclVat: oreToKronor(listTotalExclVatOre),
    margin: oreToKronor(marginOre),
  };
}

const REASONS: Record<ComparisonReason['kind'], string> = {
  joined: 'ny kund',
  left: 'inte längre på samlingsfakturan',
  licences: 'licenser',
  addonStarted: 'tilläggstjänst startad',
  addonEnded: 'tilläggstjänst avslutad',
  invoicing: 'fakturering ändrad',
  prices: 'ny prislista',
  lineGone: 'fakturarad borta (slutade förra månaden)',
  lineNew: 'ny fakturarad',
};

function describeComparison(c: InvoiceComparison): string {
  const head = `${c.month} mot ${c.previousMonth}: ${formatKronor(c.deltaOre)} (${c.rows.length} ändrade, ${c.unchanged} oförändrade).`;
  if (c.rows.length === 0) return head;
  const rows = c.rows.map((r) => [
    r.name,
    r.orgnr,
    `${r.previousLicences ?? '–'} → ${r.licences ?? '–'}`,
    formatKronor(r.deltaOre),
    r.reasons.map((reason) => REASONS[reason.kind]).join(', '),
  ]);
  return `${head}\n${table(['Kund', 'Org.nr', 'Licenser', 'Förändring', 'Varför'], rows)}`;
}

function describeTrend(points: TrendPoint[]): string {
  return table(
    ['Månad', 'Kunder', 'Licenser', 'Exkl. moms', 'Marginal', ''],
    points.map((p) => [
      p.month,
      String(p.customers),
      String(p.licences),
      p.priced ? formatKronor(p.totalExclVatOre) : 'ingen prislista',
      p.priced ? formatKronor(p.marginOre) : '',
      p.closed ? 'stängd' : '',
    ]),
  );
}
