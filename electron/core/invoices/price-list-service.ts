import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { kronorToOre } from '../../../shared/domain/money';
import { checkPriceVersion, versionBefore } from '../../../shared/domain/prices';
import {
  priceListInputSchema,
  type AddonUnit,
  type PriceList,
  type PriceListInput,
  type SavedPriceList,
} from '../../../shared/schemas/invoices';
import { actorName, writeAudit } from '../audit/audit-service';
import { isoNow, swedishToday, type ServiceContext } from '../context';
import {
  PriceAddonEntity,
  PriceListEntity,
  type PriceAddonRow,
  type PriceListRow,
} from '../db/invoicing-entities';
import { logError } from '../log';
import { assertNoErrors } from '../validation';
import { closedMonths, monthClosed, versionFor } from './month-lock';

/** The example list shipped in resources/: installed when a database has no price list yet. */
export const EXAMPLE_PRICE_LIST = join('prices', 'exempelprislista.json');

export async function listPriceLists(ctx: ServiceContext): Promise<PriceList[]> {
  return readPriceLists(ctx.ds.manager);
}

export async function readPriceLists(m: EntityManager): Promise<PriceList[]> {
  const lists = await m.find(PriceListEntity, { order: { effectiveFrom: 'DESC' } });
  const addons = await m.find(PriceAddonEntity, { order: { position: 'ASC' } });
  const locked = new Set((await closedMonths(m)).map((c) => c.priceListId));
  return lists.map((row) =>
    toPriceList(
      row,
      addons.filter((a) => a.priceListId === row.id),
      locked.has(row.id),
    ),
  );
}

/**
 * Adds a version; one with the same effective date is replaced. Refused when it would reprice a
 * closed month, or breaks a rule of shared/domain/prices.ts; its warnings come with the answer.
 */
export async function savePriceList(
  ctx: ServiceContext,
  raw: PriceListInput,
  actor?: string,
): Promise<SavedPriceList> {
  const input = priceListInputSchema.parse(raw);
  assertUniqueCodes(input.addons.map((a) => a.code));
  const previous = versionBefore(await listPriceLists(ctx), input.effectiveFrom);
  const issues = checkPriceVersion(input, previous, swedishToday(ctx));
  assertNoErrors(issues);
  const warnings = issues.filter((i) => i.severity === 'warning');
  const saved = await ctx.ds.transaction(async (m) => {
    const replaced = await m.findOne(PriceListEntity, {
      where: { effectiveFrom: input.effectiveFrom },
    });
    const id = randomUUID();
    await assertClosedMonthsKeepTheirPrices(m, (versions) => [
      ...versions.filter((v) => v.id !== replaced?.id),
      { id, effectiveFrom: input.effectiveFrom },
    ]);
    if (replaced) await m.delete(PriceListEntity, { id: replaced.id });
    const row: PriceListRow = {
      id,
      effectiveFrom: input.effectiveFrom,
      currency: input.currency,
      licenceListOre: ore(input.licence.list),
      licenceResellerOre: ore(input.licence.reseller),
      example: input.example ?? false,
      note: input.note?.trim() ?? '',
      createdAt: isoNow(ctx),
      actor: actor ?? (await actorName(m)),
    };
    const addons: PriceAddonRow[] = input.addons.map((a, position) => ({
      priceListId: id,
      code: a.code,
      name: a.name,
      unit: a.unit,
      listOre: ore(a.list),
      resellerOre: ore(a.reseller),
      position,
    }));
    await m.insert(PriceListEntity, row);
    if (addons.length > 0) await m.insert(PriceAddonEntity, addons);
    const list = toPriceList(row, addons, false);
    await writeAudit(ctx, m, {
      entity: 'priceList',
      entityId: input.effectiveFrom,
      customerId: null,
      action: replaced ? 'update' : 'create',
      before: replaced ? { effectiveFrom: replaced.effectiveFrom, id: replaced.id } : null,
      after: { ...input, id },
    });
    return list;
  });
  ctx.emit('invoices:changed', {});
  return { ...saved, warnings };
}

export async function deletePriceList(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.ds.transaction(async (m) => {
    const row = await m.findOne(PriceListEntity, { where: { id } });
    if (!row) throw new AppError('prices.notFound', 'Prislistan finns inte', { id });
    if ((await m.count(PriceListEntity)) === 1) {
      throw new AppError('prices.last', 'Den sista prislistan kan inte tas bort');
    }
    await assertClosedMonthsKeepTheirPrices(m, (versions) => versions.filter((v) => v.id !== id));
    await m.delete(PriceListEntity, { id });
    await writeAudit(ctx, m, {
      entity: 'priceList',
      entityId: row.effectiveFrom,
      customerId: null,
      action: 'delete',
      before: { id, effectiveFrom: row.effectiveFrom },
      after: null,
    });
  });
  ctx.emit('invoices:changed', {});
  return null;
}

/**
 * Installs the example price list in a database that has none (first start). A missing or broken
 * file must not stop the app from starting: the months then say that a price list is needed.
 */
export async function ensurePriceList(ctx: ServiceContext): Promise<void> {
  if ((await ctx.ds.manager.count(PriceListEntity)) > 0) return;
  try {
    const text = await readFile(join(ctx.resourcesDir, EXAMPLE_PRICE_LIST), 'utf8');
    // Installed before any staff name exists: say who really put it there.
    await savePriceList(ctx, JSON.parse(text) as PriceListInput, 'Kundstart (exempel)');
  } catch (err) {
    logError('the example price list could not be installed', err);
  }
}

type Version = { id: string; effectiveFrom: string };

/** Every closed month must be priced by the same version after the change as when it closed. */
async function assertClosedMonthsKeepTheirPrices(
  m: EntityManager,
  change: (versions: Version[]) => Version[],
): Promise<void> {
  const closed = await closedMonths(m);
  if (closed.length === 0) return;
  const versions = await m.find(PriceListEntity, { select: { id: true, effectiveFrom: true } });
  const after = change(versions);
  const hit = closed.find((c) => versionFor(after, c.month)?.id !== c.priceListId);
  if (hit) throw monthClosed(hit.month);
}

function assertUniqueCodes(codes: string[]): void {
  const seen = new Set<string>();
  for (const code of codes) {
    const key = code.toLowerCase();
    if (seen.has(key))
      throw new AppError('prices.duplicateCode', 'Koden står två gånger', { code });
    seen.add(key);
  }
}

/** The schema has already refused values with more than two decimals. */
const ore = (kronor: number): number => kronorToOre(kronor) ?? 0;

function toPriceList(row: PriceListRow, addons: PriceAddonRow[], locked: boolean): PriceList {
  return {
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    currency: 'SEK',
    licence: { listOre: row.licenceListOre, resellerOre: row.licenceResellerOre },
    addons: addons.map((a) => ({
      code: a.code,
      name: a.name,
      unit: a.unit as AddonUnit,
      listOre: a.listOre,
      resellerOre: a.resellerOre,
    })),
    example: row.example,
    note: row.note,
    createdAt: row.createdAt,
    actor: row.actor,
    locked,
  };
}
