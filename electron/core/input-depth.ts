/**
 * How deep input may nest before the dispatcher refuses it. The deepest real input (a wizard's
 * draft) nests a handful of levels; validation, JSON.stringify and the audit log all recurse, so
 * a structure thousands of levels deep would overflow the stack inside a handler.
 */
export const MAX_INPUT_DEPTH = 64;

/**
 * Whether `value` nests objects or arrays deeper than `limit`: walked without recursion. IPC's
 * structured clone can share an object or close a cycle: a node is walked again only when reached
 * deeper than before, so a cycle counts as too deep and shared nodes cost at most `limit` visits.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  const deepestSeen = new Map<object, number>();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, depth } = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    if ((deepestSeen.get(node) ?? -1) >= depth) continue;
    deepestSeen.set(node, depth);
    for (const child of Object.values(node)) pending.push({ node: child, depth: depth + 1 });
  }
  return false;
}
