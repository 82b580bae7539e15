import type { Command } from 'commander';
import type {
  CollaborationInput,
  CustomerRow,
  InvoiceMethod,
  Payer,
} from '../../../shared/schemas/customer';
import { METHODS, PAYERS } from '../../../shared/schemas/customer';
import { call, withCore } from '../session';
import { print, UsageError, type Output } from '../output';
import { PAYMENT_LABELS, table } from '../format';
import type { GlobalOptions } from '../main';

interface CreateOptions {
  name: string;
  orgnr: string;
  licences: string;
  payer?: string;
  method?: string;
  invoiceEmail?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  contactPersonnummer?: string;
  json?: boolean;
}

export function registerCustomer(program: Command, globals: () => GlobalOptions): void {
  const customer = program.command('customer').description('kunder och deras samarbeten');
  customer
    .command('create')
    .description('skapa en kunds samarbete på Blikk Easy')
    .requiredOption('--name <name>', 'kundens namn')
    .requiredOption('--orgnr <nr>', 'kundens organisationsnummer')
    .option('--licences <n>', 'antal licenser', '1')
    .option('--payer <bureau|customer>', 'vem som faktureras')
    .option('--method <collective|email|e-invoice|paper>', 'hur det faktureras')
    .option('--invoice-email <address>', 'kundens fakturaadress (e-post)')
    .option('--contact-name <name>', 'primärkontaktens namn')
    .option('--contact-email <address>', 'primärkontaktens e-post')
    .option('--contact-phone <phone>', 'primärkontaktens telefon')
    .option('--contact-personnummer <nr>', 'primärkontaktens personnummer (BankID)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: CreateOptions) => {
      const out: Output = { json: Boolean(opts.json) };
      await withCore(globals().db, 'cli', async (core) => {
        const bureau = await call(core, 'bureau:get', {});
        const created = await call(
          core,
          'customers:create',
          toInput(opts, Boolean(bureau?.resellerAgreement)),
        );
        const row = (await call(core, 'customers:list', { search: created.customer.orgnr })).find(
          (r) => r.id === created.id,
        );
        print(
          out,
          row ?? created,
          () => `Skapade ${created.customer.name} (${created.customer.orgnr}), id ${created.id}`,
        );
      });
    });
  customer
    .command('list')
    .description('lista kunderna')
    .option('--search <text>', 'sök på namn eller organisationsnummer')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { search?: string; json?: boolean }) => {
      const out: Output = { json: Boolean(opts.json) };
      await withCore(globals().db, 'cli', async (core) => {
        const rows = await call(core, 'customers:list', { search: opts.search });
        print(out, rows, () => describeList(rows));
      });
    });
}

/** Without --payer: the bureau's samlingsfaktura where it has the agreement, else the customer. */
export function toInput(opts: CreateOptions, hasAgreement: boolean): CollaborationInput {
  const licences = Number(opts.licences);
  if (!Number.isInteger(licences))
    throw new UsageError(`--licences måste vara ett heltal: ${opts.licences}`);
  const payer = oneOf(
    opts.payer ?? (hasAgreement ? 'bureau' : 'customer'),
    PAYERS,
    '--payer',
  ) as Payer;
  const method = oneOf(
    opts.method ?? (payer === 'bureau' ? 'collective' : 'email'),
    METHODS,
    '--method',
  ) as InvoiceMethod;
  return {
    version: 'easy',
    licences,
    customer: { name: opts.name, orgnr: opts.orgnr, invoiceEmail: opts.invoiceEmail },
    contact: opts.contactName
      ? {
          name: opts.contactName,
          email: opts.contactEmail ?? '',
          phone: opts.contactPhone,
          personnummer: opts.contactPersonnummer,
          alsoFirstAdmin: false,
        }
      : null,
    invoicing: { payer, method },
  };
}

function oneOf(value: string, allowed: readonly string[], flag: string): string {
  if (!allowed.includes(value))
    throw new UsageError(`${flag} ska vara ${allowed.join('|')}: ${value}`);
  return value;
}

function describeList(rows: CustomerRow[]): string {
  if (rows.length === 0) return 'Inga kunder ännu. Skapa en med "kundstart customer create".';
  return table(
    ['Namn', 'Org.nr', 'Licenser', 'Fakturering', 'Steg'],
    rows.map((r) => [
      r.name,
      r.orgnr,
      String(r.licences),
      PAYMENT_LABELS[`${r.payer}/${r.method}`] ?? `${r.payer}/${r.method}`,
      r.onboarding.next === null ? 'klar' : String(r.onboarding.next),
    ]),
  );
}
