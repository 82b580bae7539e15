import Holidays from 'date-holidays';
import type { Holiday } from '../../../shared/schemas/settings';

/** Swedish public holidays from a maintained library: Easter, Midsummer, All Saints move. */
const sweden = new Holidays('SE', { languages: ['sv'] });

// Skärtorsdagen is listed as an observance but is a common half day in Swedish agreements.
const HALF_DAY_OBSERVANCES = new Set(['skärtorsdagen']);

export function swedishHolidays(year: number): Holiday[] {
  const result: Holiday[] = [];
  for (const h of sweden.getHolidays(year, 'sv')) {
    const kind = kindOf(h.type, h.name);
    if (kind) result.push({ date: h.date.slice(0, 10), name: capitalise(h.name), kind });
  }
  return result;
}

function kindOf(type: string, name: string): Holiday['kind'] | null {
  if (type === 'public') return 'public';
  if (type === 'bank') return 'deFacto';
  if (type === 'optional' || HALF_DAY_OBSERVANCES.has(name)) return 'halfDay';
  return null;
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
