import { AppError } from '../../../shared/errors';
import { getBureau, saveBureau } from '../bureau/bureau-service';
import type { ServiceContext } from '../context';
import { assertMonthsOpen } from '../invoices/month-lock';
import { insertDemoCustomer } from './demo-customer';
import { historyStart, seedDemoHistory, type HistoryResult } from './demo-history';
import {
  demoStage,
  generateDemoCustomers,
  loadDemoIdentities,
  workingAgeIdentities,
} from './generate';

export interface DemoResult {
  created: number;
  skipped: number;
  /** With `historyMonths`: the past given to the customers created now. */
  history?: HistoryResult;
}

/**
 * Fills a database with generated customers (test personnummer only). A database without a
 * bureau gets a demo bureau with a reseller agreement, so that every invoicing choice occurs.
 * Customers whose number is already there are skipped, so running it twice is harmless, and a
 * run that was killed carries on where it stopped.
 */
export async function seedDemo(
  ctx: ServiceContext,
  opts: {
    customers: number;
    /**
     * Users per customer in all, the primary contact included. Without it, only the contacts
     * that are also the first administrator are users.
     */
    usersPerCustomer?: number | undefined;
    seed?: number;
    /** Months of licence, invoicing and add-on history, ending with the current month. */
    historyMonths?: number;
    onProgress?: (done: number) => void;
  },
): Promise<DemoResult> {
  const seed = opts.seed ?? 1;
  const bureau =
    (await getBureau(ctx)) ??
    (await saveBureau(ctx, {
      name: 'Demobyrån Redovisning AB',
      orgnr: '559900-0006',
      resellerAgreement: true,
      agreementNumber: 'ÅF-DEMO-1',
      agreementValidFrom: '2026-01-01',
      staffName: 'Demo Demosson',
    }));
  // Refused before any customer is made, rather than leaving them without the history asked for.
  if (opts.historyMonths)
    await assertMonthsOpen(ctx.ds.manager, historyStart(ctx, opts.historyMonths), null);
  const identities = workingAgeIdentities(loadDemoIdentities(ctx.resourcesDir), ctx.now());
  const inputs = generateDemoCustomers(opts.customers, {
    seed,
    identities,
    hasResellerAgreement: bureau.resellerAgreement,
  });
  const result: DemoResult = { created: 0, skipped: 0 };
  const createdIds: string[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      const plan = {
        input,
        users: opts.usersPerCustomer,
        stage: demoStage(index, seed),
        // By position, not by how many were created: a resumed run makes the same users.
        seed: seed * 100_003 + index,
        identities,
      };
      const id = await ctx.ds.transaction((m) => insertDemoCustomer(ctx, m, plan));
      ctx.emit('customers:changed', { ids: [id] });
      createdIds.push(id);
      result.created += 1;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'orgnr.duplicate')) throw err;
      result.skipped += 1;
    }
    opts.onProgress?.(result.created + result.skipped);
  }
  if (!opts.historyMonths) return result;
  // Only the customers created now: a customer that was already there keeps its real past.
  const history = await seedDemoHistory(ctx, {
    customerIds: createdIds,
    months: opts.historyMonths,
    seed,
  });
  return { ...result, history };
}
