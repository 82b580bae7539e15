import { AppError } from '../../../shared/errors';
import { createCustomer } from '../customers/customer-service';
import { getBureau, saveBureau } from '../bureau/bureau-service';
import type { ServiceContext } from '../context';
import { assertMonthsOpen } from '../invoices/month-lock';
import { historyStart, seedDemoHistory, type HistoryResult } from './demo-history';
import { insertDemoUsers } from './demo-users';
import { generateDemoCustomers, generateDemoUsers, loadDemoIdentities } from './generate';

export interface DemoResult {
  created: number;
  skipped: number;
  /** With `historyMonths`: the past given to the customers created now. */
  history?: HistoryResult;
}

/**
 * Fills a database with generated customers (test personnummer only). A database without a
 * bureau gets a demo bureau with a reseller agreement, so that every invoicing choice occurs.
 * Customers whose number is already there are skipped, so running it twice is harmless.
 */
export async function seedDemo(
  ctx: ServiceContext,
  opts: {
    customers: number;
    usersPerCustomer?: number;
    seed?: number;
    /** Months of licence, invoicing and add-on history, ending with the current month. */
    historyMonths?: number;
    onProgress?: (done: number) => void;
  },
): Promise<DemoResult> {
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
  const identities = loadDemoIdentities(ctx.resourcesDir);
  const inputs = generateDemoCustomers(opts.customers, {
    seed: opts.seed ?? 1,
    identities,
    hasResellerAgreement: bureau.resellerAgreement,
  });
  const result: DemoResult = { created: 0, skipped: 0 };
  const createdIds: string[] = [];
  for (const input of inputs) {
    try {
      const created = await createCustomer(ctx, input);
      const users = generateDemoUsers(opts.usersPerCustomer ?? 0, {
        seed: (opts.seed ?? 1) * 100_003 + result.created,
        identities,
        domain: `${created.customer.orgnr.replace('-', '')}.example`,
      });
      await insertDemoUsers(ctx, created.id, users);
      createdIds.push(created.id);
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
    seed: opts.seed ?? 1,
  });
  return { ...result, history };
}
