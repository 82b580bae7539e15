type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Same value: arrays and objects compared by content, as a form holds them. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * "Använd mina ändringar": the colleague's version with only the fields this form changed since
 * it was read put over it, so a colleague's change to another field survives. Nested objects
 * (an address) merge field by field; a list or a plain value is one field, taken whole.
 * Where both changed the same field, the form's value wins: that is what the user chose.
 */
export function mergeMine<T>(read: T, mine: T, theirs: T): T {
  if (!isPlain(read) || !isPlain(mine) || !isPlain(theirs)) {
    return same(read, mine) ? theirs : mine;
  }
  const merged: Plain = { ...theirs };
  for (const key of new Set([...Object.keys(mine), ...Object.keys(read)])) {
    merged[key] = mergeMine(read[key], mine[key], theirs[key]);
  }
  return merged as T;
}
