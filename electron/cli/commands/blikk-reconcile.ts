import type { Command } from 'commander';
import { errorsSv } from '../../../shared/errorMessages';
import { isErrorCode } from '../../../shared/errors';
import type { Reconciliation } from '../../../shared/schemas/blikk';
import type { OpenedCore } from '../../core/open';
import { resolveCustomer } from '../customer-ref';
import { note, print, ReportedRefusal, UsageError } from '../output';
import { call, withCore } from '../session';
import type { GlobalOptions } from '../main';
import { describeReconciliations, type CustomerReconciliation } from './blikk-reconcile-text';

interface ReconcileOptions {
  customer?: string;
  all?: boolean;
  json?: boolean;
}

/** `blikk reconcile --customer ID|ORGNR|--all [--json]`: exit 0 when everything matches. */
export function registerBlikkReconcile(blikk: Command, globals: () => GlobalOptions): void {
  blikk
    .command('reconcile')
    .description('läs kundens användare i Blikk och visa vad som skiljer från förberedelsen')
    .option('--customer <id|orgnr>', 'kunden')
    .option('--all', 'alla kunder som är anslutna till Blikk (fyra åt gången)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: ReconcileOptions) => {
      if (Boolean(opts.customer) === Boolean(opts.all)) {
        throw new UsageError('ange antingen --customer ID|ORGNR eller --all');
      }
      await withCore(globals().db, 'cli', async (core) => {
        const { customers, cancelled } = opts.customer
          ? await reconcileOne(core, await resolveCustomer(core, opts.customer))
          : await reconcileEvery(core);
        print({ json: Boolean(opts.json) }, { customers, cancelled }, () =>
          describeReconciliations(customers, cancelled),
        );
        if (cancelled || customers.some((c) => c.error || !c.verified)) {
          throw new ReportedRefusal();
        }
      });
    });
}

interface Report {
  customers: CustomerReconciliation[];
  cancelled: boolean;
}

async function reconcileOne(core: OpenedCore, customerId: string): Promise<Report> {
  const result = await call(core, 'blikk:reconcile', { customerId });
  const detail = await call(core, 'customers:get', { id: customerId });
  return {
    customers: [toJson({ id: customerId, ...detail.customer }, result, null)],
    cancelled: false,
  };
}

/**
 * Every connected customer, with progress on stderr; Ctrl-C cancels what is left. The report
 * holds the customers this run read or failed on (a cancelled run skips the rest).
 */
async function reconcileEvery(core: OpenedCore): Promise<Report> {
  const touched = new Set<string>();
  const stop = core.subscribe((event, payload) => {
    if (event === 'blikk:changed') {
      for (const id of (payload as { customerIds: string[] }).customerIds) touched.add(id);
    } else if (event === 'blikk:progress') {
      const { done, total } = payload as { done: number; total: number };
      note(`Stämmer av mot Blikk: ${done} av ${total} kunder`);
    }
  });
  const cancel = () => void call(core, 'blikk:cancelReconcileAll', {});
  process.once('SIGINT', cancel);
  try {
    const outcome = await call(core, 'blikk:reconcileAll', {});
    const failed = new Map(outcome.failed.map((f) => [f.customerId, f.code]));
    const rows = await call(core, 'customers:list', {});
    const customers: CustomerReconciliation[] = [];
    for (const row of rows.filter((r) => touched.has(r.id) || failed.has(r.id))) {
      const last = await call(core, 'blikk:lastReconciliation', { customerId: row.id });
      customers.push(toJson(row, last, failed.get(row.id) ?? null));
    }
    return { customers, cancelled: outcome.cancelled };
  } finally {
    process.off('SIGINT', cancel);
    stop();
  }
}

/** One customer in DESIGN.md section 6's shape; a failure carries its code and sentence. */
function toJson(
  customer: { id: string; name: string; orgnr: string },
  r: Reconciliation | null,
  failure: string | null,
): CustomerReconciliation {
  return {
    id: customer.id,
    orgnr: customer.orgnr,
    name: customer.name,
    reconciledAt: r?.reconciledAt ?? null,
    verified: r?.verified ?? false,
    blikkUsers: r?.blikkUsers ?? null,
    licences: r?.licences ?? null,
    missingInBlikk: r?.missingInBlikk ?? [],
    notPrepared: r?.notPrepared ?? [],
    differences: (r?.differences ?? []).map((d) => ({
      user: d.user,
      field: d.field,
      prepared: d.prepared,
      blikk: d.blikk,
      id: d.id,
      acceptable: d.acceptable,
      kept: d.kept,
    })),
    error: failure
      ? { code: failure, message: isErrorCode(failure) ? errorsSv[failure] : failure }
      : null,
  };
}
