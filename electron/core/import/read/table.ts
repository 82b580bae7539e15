import type { ReadRow } from './types';

export interface RawRow {
  line: number;
  cells: string[];
}

export interface HeaderAndRows {
  headers: string[];
  rows: ReadRow[];
}

/** Trims every cell and drops the trailing empty ones; a row left with nothing is blank. */
export function cleanCells(cells: readonly string[]): string[] {
  const out = cells.map((c) => c.trim());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** The first non-blank row is the header; blank rows are dropped but keep their numbers. */
export function splitHeader(raw: Iterable<RawRow>): HeaderAndRows | null {
  let headers: string[] | null = null;
  const rows: ReadRow[] = [];
  for (const r of raw) {
    const cells = cleanCells(r.cells);
    if (cells.length === 0) continue;
    if (headers === null) headers = cells;
    else rows.push({ line: r.line, cells });
  }
  return headers === null ? null : { headers, rows };
}

const EMAIL = /\S+@\S+\.\S+/;
const NUMBER = /^[\d\s+\-.,]{6,}$/;

/**
 * A header row names columns; if the first row holds an e-mail address, a long number (a
 * personnummer) or no letter at all, the customer most likely sent the data without headers.
 */
export function looksLikeData(headers: readonly string[]): boolean {
  if (!headers.some((h) => /\p{L}/u.test(h))) return true;
  return headers.some((h) => EMAIL.test(h) || NUMBER.test(h));
}
