import type { SourceTable } from './source';

/**
 * How a table's rows join the target:
 * - `customer`: the customers and everything that hangs off them through foreign keys; always
 *   added, ids kept (they are random UUIDs, so they never meet another portfolio's).
 * - `bureau`: the bureau's own rows (its profile, mail and Blikk settings, price lists,
 *   templates, drafts): copied into a target that has none, and otherwise the target's are kept
 *   as they are. A team database already in use has its bureau profile and settings; one
 *   colleague's file must not overwrite them.
 */
export type TableKind = 'customer' | 'bureau';

export interface PlannedTable extends SourceTable {
  kind: TableKind;
}

/** The tables in foreign-key order (a table after every table it points to), A to Ö otherwise. */
export function planTables(tables: SourceTable[]): PlannedTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: SourceTable[] = [];
  const placed = new Set<string>();
  const visit = (table: SourceTable, path: Set<string>) => {
    if (placed.has(table.name)) return;
    if (path.has(table.name)) throw new Error(`Foreign keys go round in a circle at ${table.name}`);
    path.add(table.name);
    for (const ref of [...table.references].sort()) {
      const target = byName.get(ref);
      if (target) visit(target, path);
    }
    path.delete(table.name);
    placed.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) {
    visit(table, new Set());
  }
  const customerData = new Set<string>();
  for (const table of ordered) {
    if (table.name === 'customers' || table.references.some((r) => customerData.has(r))) {
      customerData.add(table.name);
    }
  }
  return ordered.map((t) => ({ ...t, kind: customerData.has(t.name) ? 'customer' : 'bureau' }));
}
