import type { Command } from 'commander';
import { errorsSv } from '../../../shared/errorMessages';
import { isErrorCode } from '../../../shared/errors';
import { messageDelivery } from '../../core/mail/delivery';
import { resolveCustomer } from '../customer-ref';
import { print, ReportedRefusal } from '../output';
import { call, withCore } from '../session';
import type { GlobalOptions } from '../main';

type SummaryOutcome = 'sent' | 'queued' | 'failed';

export function registerContact(program: Command, globals: () => GlobalOptions): void {
  program
    .command('contact')
    .description('kundens primära kontakt')
    .command('inform')
    .description('skicka sammanfattningen (användarna och vad som saknas) till kundens kontakt')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { customer: string; json?: boolean }) => {
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const { to } = await call(core, 'contact:preview', { customerId });
        const queued = await call(core, 'contact:inform', { customerId });
        // Tried once before the command answers; what is left waits in the outbox.
        await core.outbox.drainOnce();
        const messaging = await call(core, 'messaging:get', { customerId });
        const [delivery] = await messageDelivery(
          core.context,
          queued.pendingSummaryId ? [queued.pendingSummaryId] : [],
        );
        const outcome: SummaryOutcome =
          delivery?.state === 'failed' || delivery?.state === 'interrupted'
            ? 'failed'
            : delivery?.state === 'sent' || !messaging.pendingSummaryId
              ? 'sent'
              : 'queued';
        const reason = outcome === 'sent' ? null : (delivery?.errorCode ?? null);
        print({ json: Boolean(opts.json) }, { to, outcome, reason, messaging }, () =>
          describe(to, outcome, reason),
        );
        if (outcome === 'failed') throw new ReportedRefusal();
      });
    });
}

function describe(
  to: { name: string; address: string } | null,
  outcome: SummaryOutcome,
  reason: string | null,
): string {
  const whom = to ? `${to.name} <${to.address}>` : 'kontakten';
  const why = reason && isErrorCode(reason) ? errorsSv[reason] : (reason ?? '');
  switch (outcome) {
    case 'sent':
      return `Sammanfattningen är skickad till ${whom}. Steg 4 är klart.`;
    case 'queued':
      return `Sammanfattningen till ${whom} väntar i utkorgen och skickas igen senare.${why ? ` ${why}` : ''}`;
    case 'failed':
      return `Sammanfattningen till ${whom} kunde inte skickas. ${why}`.trim();
  }
}
