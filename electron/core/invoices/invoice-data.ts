import type { EntityManager } from 'typeorm';
import type { InvoiceMethod, Payer } from '../../../shared/schemas/customer';
import { CustomerEntity, LicenceChangeEntity } from '../db/entities';
import { CustomerAddonEntity, InvoicingChangeEntity } from '../db/invoicing-entities';
import type { AddonEntry, InvoiceData, InvoicingEntry, LicenceEntry } from './compute';

/**
 * Loads every history the summaries up to `lastDay` read, in four indexed queries: a year of
 * summaries is then computed from memory.
 */
export async function loadInvoiceData(m: EntityManager, lastDay: string): Promise<InvoiceData> {
  const customers = await m
    .createQueryBuilder(CustomerEntity, 'c')
    .select(['c.id AS id', 'c.orgnr AS orgnr', 'c.name AS name'])
    .getRawMany<{ id: string; orgnr: string; name: string }>();
  const licences = await m
    .createQueryBuilder(LicenceChangeEntity, 'l')
    .select([
      'l.customer_id AS "customerId"',
      'l.effective_from AS "effectiveFrom"',
      'l.count AS count',
    ])
    .where('l.effective_from <= :lastDay', { lastDay })
    .orderBy('l.effective_from', 'ASC')
    .addOrderBy('l.id', 'ASC')
    .getRawMany<LicenceEntry & { customerId: string }>();
  const invoicing = await m
    .createQueryBuilder(InvoicingChangeEntity, 'i')
    .select([
      'i.customer_id AS "customerId"',
      'i.effective_from AS "effectiveFrom"',
      'i.payer AS payer',
      'i.method AS method',
    ])
    .where('i.effective_from <= :lastDay', { lastDay })
    .orderBy('i.effective_from', 'ASC')
    .addOrderBy('i.id', 'ASC')
    .getRawMany<InvoicingEntry & { customerId: string }>();
  const addons = await m
    .createQueryBuilder(CustomerAddonEntity, 'a')
    .select([
      'a.customer_id AS "customerId"',
      'a.code AS code',
      'a.quantity AS quantity',
      'a.active_from AS "activeFrom"',
      'a.active_to AS "activeTo"',
    ])
    .where('a.active_from <= :lastDay', { lastDay })
    .orderBy('a.active_from', 'ASC')
    .getRawMany<AddonEntry & { customerId: string }>();
  return {
    customers,
    licences: groupBy(licences, (r) => ({
      effectiveFrom: r.effectiveFrom,
      count: Number(r.count),
    })),
    invoicing: groupBy(invoicing, (r) => ({
      effectiveFrom: r.effectiveFrom,
      payer: r.payer as Payer,
      method: r.method as InvoiceMethod,
    })),
    addons: groupBy(addons, (r) => ({
      code: r.code,
      quantity: Number(r.quantity),
      activeFrom: r.activeFrom,
      activeTo: r.activeTo,
    })),
  };
}

function groupBy<R extends { customerId: string }, T>(
  rows: R[],
  map: (row: R) => T,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.customerId);
    if (list) list.push(map(row));
    else groups.set(row.customerId, [map(row)]);
  }
  return groups;
}
