import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { CellEdit, ImportTable } from '../../../shared/schemas/import';

/** Rows kept in all, across the tables being checked: a few large files, then the oldest go. */
const MAX_KEPT_ROWS = 400_000;

/**
 * The tables staff are checking, kept where they are planned: a check or a commit then names
 * one and sends only the cells corrected since it was read, not 100,000 rows again. A table
 * that is gone (pushed out by newer ones, or a restarted core) answers import.sessionExpired,
 * and the window sends the whole table instead.
 */
export class ImportTables {
  private readonly kept = new Map<string, ImportTable>();

  constructor(private readonly maxRows = MAX_KEPT_ROWS) {}

  keep(table: ImportTable): string {
    const id = randomUUID();
    this.kept.set(id, table);
    this.evictBeyond(this.maxRows, id);
    return id;
  }

  /** The kept table with the edits applied, on a copy: the kept one stays as it was read. */
  withEdits(id: string, edits: CellEdit[]): ImportTable {
    const table = this.kept.get(id);
    if (!table) {
      throw new AppError('import.sessionExpired', 'Filen som granskas finns inte längre i minnet');
    }
    return edits.length === 0 ? table : applyEdits(table, edits);
  }

  drop(id: string): void {
    this.kept.delete(id);
  }

  /** Oldest first (a Map keeps insertion order), never the table just kept. */
  private evictBeyond(maxRows: number, keep: string) {
    let rows = 0;
    for (const table of this.kept.values()) rows += table.rows.length;
    for (const [id, table] of this.kept) {
      if (rows <= maxRows) return;
      if (id === keep) continue;
      this.kept.delete(id);
      rows -= table.rows.length;
    }
  }
}

/** As the preview edits a cell: the row's cells copied, a short row padded to the column. */
export function applyEdits(table: ImportTable, edits: CellEdit[]): ImportTable {
  const byLine = new Map<number, CellEdit[]>();
  for (const edit of edits) byLine.set(edit.line, [...(byLine.get(edit.line) ?? []), edit]);
  const rows = table.rows.map((row) => {
    const mine = byLine.get(row.line);
    if (!mine) return row;
    const cells = [...row.cells];
    for (const { column, value } of mine) {
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    return { ...row, cells };
  });
  return { ...table, rows };
}
