import type { ReadRow } from './types';

export interface RawRow {
  line: number;
  cells: string[];
}

export interface HeaderAndRows {
  headers: string[];
  rows: ReadRow[];
}

/**
 * Trims every cell and drops the trailing empty ones, in the array itself (always the reader's
 * own: a file of 100,000 rows needs no second array per row); a row left with nothing is blank.
 */
export function cleanCells(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The first non-blank row is the header; blank rows are dropped but keep their numbers. The
 * rows are the raw ones, their cells cleaned in place.
 */
export function splitHeader(raw: Iterable<RawRow>): HeaderAndRows | null {
  let headers: string[] | null = null;
  const rows: ReadRow[] = [];
  for (const r of raw) {
    const cells = cleanCells(r.cells);
    if (cells.length === 0) continue;
    if (headers === null) headers = cells;
    else rows.push(r);
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
