/**
 * The made-up past of `demo --history-months`: pure, drawn from a seeded generator, so the same
 * seed, customers and day give the same history. Each history is walked backwards from the
 * customer's current state, so the latest entry is always what the collaboration says today.
 */
import type { AddonUnit } from '../../../shared/schemas/invoices';
import { int, pick, type Rng } from './generate';

export interface CustomerNow {
  id: string;
  licences: number;
  /** Users holding a licence: no month may have fewer licences than these. */
  users: number;
  payer: string;
  method: string;
}

export interface Period {
  /** The first day of the history (the first day of its first month). */
  start: string;
  today: string;
  /** Without a reseller agreement no customer can have been on the samlingsfaktura. */
  collectiveAllowed: boolean;
}

export interface AddonPrice {
  code: string;
  unit: AddonUnit;
}

export interface HistoryPlan {
  licences: { effectiveFrom: string; count: number }[];
  invoicing: { effectiveFrom: string; payer: string; method: string }[];
  addons: { code: string; quantity: number; activeFrom: string; activeTo: string | null }[];
}

/** Licence steps, read backwards: a negative step means licences were bought since then. */
const STEPS = [-4, -2, -1, 1, 2, 3, 5] as const;
const DIRECT = { payer: 'customer', method: 'email' };
const COLLECTIVE = { payer: 'bureau', method: 'collective' };

export function planHistory(
  rng: Rng,
  customer: CustomerNow,
  period: Period,
  addons: readonly AddonPrice[],
): HistoryPlan {
  return {
    licences: licenceHistory(rng, customer, period),
    invoicing: invoicingHistory(rng, customer, period),
    addons: addonHistory(rng, addons, period),
  };
}

/** About half the customers change their licences one to three times, never below their users. */
function licenceHistory(rng: Rng, c: CustomerNow, period: Period): HistoryPlan['licences'] {
  const days = changeDays(rng, rng() < 0.45 ? 0 : int(rng, 1, 3), period);
  const floor = Math.max(1, c.users);
  const counts = [c.licences];
  for (let i = days.length; i > 0; i--) {
    const later = counts[0] ?? c.licences;
    const step = pick(rng, STEPS);
    counts.unshift(later + step >= floor ? later + step : later + Math.abs(step));
  }
  return [period.start, ...days].map((effectiveFrom, i) => ({
    effectiveFrom,
    count: counts[i] ?? c.licences,
  }));
}

/** A few customers moved between paying Blikk directly and the bureau's samlingsfaktura. */
function invoicingHistory(rng: Rng, c: CustomerNow, period: Period): HistoryPlan['invoicing'] {
  const r = rng();
  const switches = !period.collectiveAllowed ? 0 : r < 0.1 ? 1 : r < 0.14 ? 2 : 0;
  const days = changeDays(rng, switches, period);
  const states = [{ payer: c.payer, method: c.method }];
  for (let i = days.length; i > 0; i--) {
    const later = states[0];
    states.unshift(
      later?.payer === 'bureau' && later.method === 'collective' ? DIRECT : COLLECTIVE,
    );
  }
  return [period.start, ...days].map((effectiveFrom, i) => ({
    effectiveFrom,
    ...(states[i] ?? c),
  }));
}

/** Three customers in ten use one or two add-ons, some of them ended since. */
function addonHistory(
  rng: Rng,
  addons: readonly AddonPrice[],
  period: Period,
): HistoryPlan['addons'] {
  if (addons.length === 0 || rng() >= 0.3) return [];
  const count = Math.min(addons.length, int(rng, 1, 2));
  const chosen = new Set<AddonPrice>();
  while (chosen.size < count) chosen.add(pick(rng, addons));
  return [...chosen].map((addon) => {
    const activeFrom = randomDay(rng, period.start, period.today);
    const activeTo = rng() < 0.5 ? null : randomDay(rng, activeFrom, period.today);
    const quantity = addon.unit === 'item' ? int(rng, 1, 5) : 1;
    return { code: addon.code, quantity, activeFrom, activeTo };
  });
}

/** Up to `count` distinct days after the start, up to today, oldest first. */
function changeDays(rng: Rng, count: number, period: Period): string[] {
  if (count === 0 || period.today <= period.start) return [];
  const first = addDays(period.start, 1);
  const days = new Set(Array.from({ length: count }, () => randomDay(rng, first, period.today)));
  return [...days].sort();
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => isoDay(dayNumber(iso) + days);

function randomDay(rng: Rng, from: string, to: string): string {
  return isoDay(int(rng, dayNumber(from), dayNumber(to)));
}
