import type { Command } from 'commander';
import { errorsSv } from '../../../shared/errorMessages';
import type { ErrorCode } from '../../../shared/errors';
import { OUTBOX_STATES, type OutboxItem, type OutboxState } from '../../../shared/schemas/mail';
import type { OpenedCore } from '../../core/open';
import type { DrainResult } from '../../core/mail/worker';
import { resolveCustomer } from '../customer-ref';
import { table } from '../format';
import { print, UsageError } from '../output';
import { call, withCore } from '../session';
import type { GlobalOptions } from '../main';

/** The states and kinds in the UI's Swedish words. */
const STATE_LABELS: Record<OutboxState, string> = {
  queued: 'i kö',
  sending: 'skickas',
  sent: 'skickat',
  failed: 'misslyckades',
  interrupted: 'avbrutet',
  cancelled: 'makulerat',
};

const KIND_LABELS: Record<string, string> = {
  contactSummary: 'sammanfattning',
  welcome: 'välkomstmejl',
  reminder: 'påminnelse',
  test: 'testmeddelande',
};

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});
const when = (iso: string | null) => (iso ? STOCKHOLM.format(new Date(iso)) : '');

interface ListOptions {
  state?: string[];
  customer?: string;
  limit: string;
  json?: boolean;
}

export function registerOutbox(program: Command, globals: () => GlobalOptions): void {
  const outbox = program
    .command('outbox')
    .description('utkorgen: meddelanden som väntar, har skickats eller misslyckats');
  outbox
    .command('list')
    .description('lista utkorgen, nyaste först')
    .option('--state <state...>', `bara dessa lägen (${OUTBOX_STATES.join('|')})`)
    .option('--customer <id|orgnr>', 'bara kundens meddelanden')
    .option('--limit <n>', 'högst så många meddelanden', '5000')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: ListOptions) => {
      const states = statesOf(opts.state);
      const limit = positive(opts.limit, '--limit');
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = opts.customer ? await resolveCustomer(core, opts.customer) : undefined;
        const items = await call(core, 'outbox:list', { customerId, states, limit });
        print({ json: Boolean(opts.json) }, items, () => describeList(items));
      });
    });
  outbox
    .command('retry [ids...]')
    .description('skicka misslyckade (eller makulerade) meddelanden igen, nu')
    .option('--all-failed', 'alla misslyckade meddelanden')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (ids: string[], opts: { allFailed?: boolean; json?: boolean }) => {
      if (opts.allFailed === ids.length > 0) {
        throw new UsageError('Ange antingen meddelandenas id eller --all-failed.');
      }
      await withCore(globals().db, 'cli', async (core) => {
        const chosen = opts.allFailed ? await failedIds(core) : ids;
        if (chosen.length === 0) {
          print(
            { json: Boolean(opts.json) },
            { updated: 0, ...NOTHING },
            () => 'Inga misslyckade meddelanden.',
          );
          return;
        }
        const { updated } = await call(core, 'outbox:retry', { ids: chosen });
        const drained = await core.outbox.drainOnce();
        print({ json: Boolean(opts.json) }, { updated, ...drained }, () =>
          [`${messages(updated)} lades i kön igen.`, describeDrain(drained)].join('\n'),
        );
      });
    });
  outbox
    .command('cancel <ids...>')
    .description('makulera meddelanden som väntar, misslyckats eller avbrutits')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (ids: string[], opts: { json?: boolean }) => {
      await withCore(globals().db, 'cli', async (core) => {
        const result = await call(core, 'outbox:cancel', { ids });
        print(
          { json: Boolean(opts.json) },
          result,
          () => `${messages(result.updated)} makulerades.`,
        );
      });
    });
  outbox
    .command('confirm <ids...>')
    .description('avbrutna meddelanden: kom de fram (--sent) eller ska de skickas igen (--resend)')
    .option('--sent', 'meddelandet kom fram')
    .option('--resend', 'skicka meddelandet igen')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (ids: string[], opts: { sent?: boolean; resend?: boolean; json?: boolean }) => {
      if (Boolean(opts.sent) === Boolean(opts.resend)) {
        throw new UsageError('Ange antingen --sent eller --resend.');
      }
      const outcome = opts.sent ? 'sent' : 'resend';
      await withCore(globals().db, 'cli', async (core) => {
        const { updated } = await call(core, 'outbox:confirm', { ids, outcome });
        const drained = outcome === 'resend' ? await core.outbox.drainOnce() : NOTHING;
        print({ json: Boolean(opts.json) }, { updated, ...drained }, () =>
          outcome === 'sent'
            ? `${messages(updated)} markerades som skickade.`
            : [`${messages(updated)} lades i kön igen.`, describeDrain(drained)].join('\n'),
        );
      });
    });
}

const NOTHING: DrainResult = { sent: 0, failed: 0, waiting: 0 };

function statesOf(given: string[] | undefined): OutboxState[] | undefined {
  if (!given) return undefined;
  for (const state of given) {
    if (!(OUTBOX_STATES as readonly string[]).includes(state)) {
      throw new UsageError(`Okänt läge ${state}: ange ${OUTBOX_STATES.join(', ')}.`);
    }
  }
  return given as OutboxState[];
}

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} ska vara ett heltal ≥ 1: ${text}`);
  return n;
}

async function failedIds(core: OpenedCore): Promise<string[]> {
  const failed = await call(core, 'outbox:list', { states: ['failed'], limit: 100_000 });
  return failed.map((m) => m.id);
}

const messages = (n: number) => (n === 1 ? '1 meddelande' : `${n} meddelanden`);

function describeDrain(r: DrainResult): string {
  return `Skickade: ${r.sent}, väntar på nytt försök: ${r.waiting}, misslyckades: ${r.failed}.`;
}

function describeList(items: OutboxItem[]): string {
  if (items.length === 0) return 'Utkorgen är tom.';
  const codes = [...new Set(items.map((m) => m.errorCode).filter((c) => c !== null))];
  const reasons = codes.map((code) => `${code}: ${errorsSv[code as ErrorCode] ?? code}`);
  return [listTable(items), ...(reasons.length ? ['', ...reasons] : [])].join('\n');
}

function listTable(items: OutboxItem[]): string {
  return table(
    [
      'Id',
      'Läge',
      'Typ',
      'Kund',
      'Mottagare',
      'Ämne',
      'Försök',
      'Skapat',
      'Skickat/nästa försök',
      'Fel',
    ],
    items.map((m) => [
      m.id,
      STATE_LABELS[m.state],
      KIND_LABELS[m.kind] ?? m.kind,
      m.customerName ?? '',
      m.recipient,
      m.subject,
      String(m.attempts),
      when(m.createdAt),
      m.state === 'sent' ? when(m.sentAt) : m.state === 'queued' ? when(m.nextAttemptAt) : '',
      [m.errorCode, m.errorText].filter(Boolean).join(': '),
    ]),
  );
}
