/**
 * The rules of a price version beyond its shape: what cannot be (a reseller price above the list
 * price, a date outside 2000–2100) refuses the save; what is merely unusual (no margin, a price
 * that moves by more than half, a date over a year from today) is saved with a warning. The
 * form, the JSON import and the CLI all meet them through prices:save.
 */
import type { ErrorCode, FieldIssue } from '../errors';
import { kronorToOre } from './money';

/** Kronor, as the price-list file and the form give them. */
interface PricePair {
  list: number;
  reseller: number;
}
export interface PriceVersionInput {
  effectiveFrom: string;
  licence: PricePair;
  addons: readonly (PricePair & { code: string })[];
}
/** The version in force before the new one, in öre, as prices:list answers. */
export interface PreviousVersion {
  licence: { listOre: number; resellerOre: number };
  addons: readonly { code: string; listOre: number; resellerOre: number }[];
}

export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;
/** More than this share up or down from the version before is worth a second look. */
const BIG_CHANGE = 0.5;
const FAR_AWAY_DAYS = 366;

export function checkPriceVersion(
  input: PriceVersionInput,
  previous: PreviousVersion | undefined,
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: ErrorCode, severity: FieldIssue['severity']) =>
    issues.push({ field, code, severity });
  checkDate(input.effectiveFrom, today, add);
  checkPair('licence', input.licence, previous?.licence, add);
  input.addons.forEach((addon, i) => {
    const before = previous?.addons.find((a) => a.code.toLowerCase() === addon.code.toLowerCase());
    checkPair(`addons[${i}]`, addon, before, add);
  });
  return issues;
}

type Add = (field: string, code: ErrorCode, severity: FieldIssue['severity']) => void;

function checkDate(effectiveFrom: string, today: string, add: Add): void {
  const year = Number(effectiveFrom.slice(0, 4));
  if (!Number.isInteger(year)) return; // not a date at all: the schema's to say
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return add('effectiveFrom', 'date.outOfRange', 'error');
  }
  const days = Math.abs(Date.parse(effectiveFrom) - Date.parse(today)) / 86_400_000;
  if (days > FAR_AWAY_DAYS) add('effectiveFrom', 'date.farAway', 'warning');
}

function checkPair(
  path: string,
  pair: PricePair,
  before: { listOre: number; resellerOre: number } | undefined,
  add: Add,
): void {
  const list = kronorToOre(pair.list);
  const reseller = kronorToOre(pair.reseller);
  if (list === null || reseller === null) return; // not prices: the schema's to say
  if (reseller > list) add(`${path}.reseller`, 'prices.marginNegative', 'error');
  else if (reseller === list && list > 0) add(`${path}.reseller`, 'prices.marginZero', 'warning');
  if (!before) return;
  if (changesMuch(before.listOre, list)) add(`${path}.list`, 'prices.bigChange', 'warning');
  if (changesMuch(before.resellerOre, reseller)) {
    add(`${path}.reseller`, 'prices.bigChange', 'warning');
  }
}

function changesMuch(beforeOre: number, afterOre: number): boolean {
  if (beforeOre === 0) return false; // from free, any price is a change of kind, not of size
  return Math.abs(afterOre - beforeOre) / beforeOre > BIG_CHANGE;
}

/** The newest version that starts before `effectiveFrom`: what the new one follows. */
export function versionBefore<V extends { effectiveFrom: string }>(
  versions: readonly V[],
  effectiveFrom: string,
): V | undefined {
  return versions
    .filter((v) => v.effectiveFrom < effectiveFrom)
    .reduce<V | undefined>((a, v) => (a && a.effectiveFrom > v.effectiveFrom ? a : v), undefined);
}
