import type { Command } from 'commander';
import { errorsSv } from '../../../shared/errorMessages';
import { detailsOf } from '../../../shared/errorDetails';
import { AppError, isErrorCode } from '../../../shared/errors';
import type { InviteOutcome, InviteOutcomeKind, InviteResult } from '../../../shared/schemas/mail';
import { batchDelivery, type Delivery } from '../../core/mail/delivery';
import type { OpenedCore } from '../../core/open';
import { resolveCustomer } from '../customer-ref';
import { MISSING_LABELS } from '../format';
import { print, ReportedRefusal, UsageError } from '../output';
import { CliRefusal } from '../refusal';
import { call, withCore } from '../session';
import type { GlobalOptions } from '../main';

interface InviteOptions {
  customer: string;
  allComplete?: boolean;
  user?: string[];
  includeIncomplete?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

/** One user's outcome as `invite --json` prints it (DESIGN.md section 9). */
export interface InviteLine {
  user: string;
  userId: string;
  outcome: InviteOutcomeKind;
  reason: string | null;
  missing: string[];
}

export function registerInvite(program: Command, globals: () => GlobalOptions): void {
  program
    .command('invite')
    .description(
      'bjud in kundens användare: välkomstmeddelande per e-post, BankID-brev utan e-post',
    )
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .option('--all-complete', 'alla kompletta användare som inte redan är inbjudna')
    .option('--user <id...>', 'användarna som ska bjudas in (id, flera går bra)')
    .option('--include-incomplete', 'bjud in de namngivna användarna även om uppgifter saknas')
    .option('--dry-run', 'visa vad som skulle hända, utan att köa eller skicka något')
    .option('--json', 'skriv utfallet per användare som JSON')
    .action(async (opts: InviteOptions) => {
      if (Boolean(opts.allComplete) === Boolean(opts.user?.length))
        throw new UsageError('ange antingen --all-complete eller --user ID');
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const result = await inviteOrExplain(core, customerId, opts);
        // Queued messages are tried once before the command answers, as the issue asks.
        if (result.batchId) await core.outbox.drainOnce();
        const delivered = result.batchId
          ? await batchDelivery(core.context, result.batchId)
          : new Map<string, Delivery>();
        const lines = result.outcomes.map((o) => lineOf(o, delivered.get(o.userId)));
        print({ json: Boolean(opts.json) }, lines, () => describe(lines, opts, globals().db));
        if (lines.some((l) => l.outcome === 'failed')) throw new ReportedRefusal();
      });
    });
}

/** invite.incomplete names each user and what they lack, and the flag that invites anyway. */
async function inviteOrExplain(
  core: OpenedCore,
  customerId: string,
  opts: InviteOptions,
): Promise<InviteResult> {
  try {
    return await call(core, 'invitations:invite', {
      customerId,
      ...(opts.allComplete ? { allComplete: true } : { userIds: opts.user ?? [] }),
      confirmIncomplete: Boolean(opts.includeIncomplete),
      dryRun: Boolean(opts.dryRun),
    });
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'invite.incomplete') throw err;
    const users = detailsOf(err, 'invite.incomplete')?.users ?? [];
    throw new CliRefusal(
      'invite.incomplete',
      'Användarna nedan saknar uppgifter. Lägg till --include-incomplete för att bjuda in dem ändå.',
      {
        ...(err.details as object),
        issues: users.map((u) => ({ field: u.name, message: `saknar ${missingText(u.missing)}` })),
      },
    );
  }
}

/** The service's outcome, completed with what the outbox's one attempt did. */
function lineOf(o: InviteOutcome, delivery: Delivery | undefined): InviteLine {
  const line = { user: o.name, userId: o.userId, missing: o.missing };
  if (o.outcome !== 'queued' || !delivery) return { ...line, outcome: o.outcome, reason: o.reason };
  switch (delivery.state) {
    case 'sent':
      return { ...line, outcome: 'sent', reason: null };
    case 'failed':
    case 'interrupted':
      return { ...line, outcome: 'failed', reason: delivery.errorCode ?? 'mail.failed' };
    case 'cancelled':
      return { ...line, outcome: 'skipped', reason: 'outbox.wrongState' };
    default:
      // Still queued: the server failed for now (or was not reached); the outbox tries again.
      return { ...line, outcome: 'queued', reason: delivery.errorCode };
  }
}

const missingText = (codes: string[]) =>
  codes.map((code) => MISSING_LABELS[code] ?? code).join(', ') || 'uppgifter';

const reasonText = (reason: string | null) =>
  reason && isErrorCode(reason) ? errorsSv[reason] : (reason ?? '');

function describe(lines: InviteLine[], opts: InviteOptions, db: string | undefined): string {
  if (lines.length === 0) return 'Ingen användare att bjuda in.';
  const text = lines.map((l) => `${l.user}: ${outcomeText(l, Boolean(opts.dryRun))}`);
  if (lines.some((l) => l.outcome === 'letter')) {
    text.push(
      '',
      'Användare utan e-post loggar in med BankID. Skriv ut deras brev med:',
      `  kundstart ${db ? `--db ${db} ` : ''}letters --customer ${opts.customer} --out bankid-brev.pdf`,
    );
  }
  if (opts.dryRun) text.push('', 'Provkörning: inget är köat eller skickat.');
  return text.join('\n');
}

function outcomeText(line: InviteLine, dryRun: boolean): string {
  switch (line.outcome) {
    case 'sent':
      return 'välkomstmeddelandet är skickat';
    case 'queued':
      return dryRun
        ? 'skulle få välkomstmeddelandet per e-post'
        : `väntar i utkorgen och skickas igen senare${line.reason ? ` (${reasonText(line.reason)})` : ''}`;
    case 'letter':
      return 'ingen e-post: får BankID-brevet';
    case 'skipped':
      return `hoppas över: ${reasonText(line.reason)}`;
    case 'failed':
      return `kunde inte skickas: ${reasonText(line.reason)}`;
  }
}
