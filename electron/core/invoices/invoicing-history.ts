import type { EntityManager } from 'typeorm';
import { actorName } from '../audit/audit-service';
import { isoNow, swedishToday, type ServiceContext } from '../context';
import { InvoicingChangeEntity } from '../db/invoicing-entities';
import { assertMonthsOpen } from './month-lock';

/**
 * Records who is invoiced and how, from today, when it differs from what is in force: the
 * monthly summary needs to know which customers were on the collective invoice in a past month.
 */
export async function recordInvoicing(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  invoicing: { payer: string; method: string },
): Promise<void> {
  const current = await m.findOne(InvoicingChangeEntity, {
    where: { customerId },
    order: { effectiveFrom: 'DESC', id: 'DESC' },
  });
  if (current && current.payer === invoicing.payer && current.method === invoicing.method) return;
  const now = isoNow(ctx);
  const today = swedishToday(ctx);
  await assertMonthsOpen(m, today, null);
  await m.insert(InvoicingChangeEntity, {
    customerId,
    effectiveFrom: today,
    payer: invoicing.payer,
    method: invoicing.method,
    changedAt: now,
    actor: await actorName(m),
  });
}
