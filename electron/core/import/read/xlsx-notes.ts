import { columnName } from './notes';
import type { ReadNote } from './types';

/** A numeric cell of the sheet, with the text we made of it. */
export interface NumericCell {
  line: number;
  col: number;
  value: number;
  text: string;
}

/** Headers normalised: lower case, no spaces, dots, hyphens or underscores. */
function norm(h: string): string {
  return h.toLowerCase().replace(/[\s._\-/]/g, '');
}

function isPersonnummerHeader(h: string): boolean {
  const n = norm(h);
  return /^(personnummer|persnr|personnr|pnr|personalidentitynumber|personalnumber|ssn)$/.test(n);
}

function isEmployeeNumberHeader(h: string): boolean {
  const n = norm(h);
  return /^(anst|anstnr|anstid|anst(ä|a)llningsn(umme)?r|anst(ä|a)llningsid|employee(number|no|nr|id)?|empno|empid)$/.test(
    n,
  );
}

/**
 * Excel drops leading zeros of numbers typed into a "General" cell. We say so only where it is
 * certain or evident, and never guess the digits back:
 * - personnummer column: a number with fewer than 10 digits cannot be a personnummer whole
 *   (a 10-digit one born 2000-2009 starts with 0, a 12-digit one never does);
 * - employee-number column: 42 may well be 42, so only when another cell of the column is
 *   written with leading zeros (0012) and this number has fewer digits than that.
 */
export function leadingZeroNotes(
  headers: readonly string[],
  numeric: readonly NumericCell[],
  columnTexts: (col: number) => string[],
): ReadNote[] {
  const notes: ReadNote[] = [];
  const padded = new Map<number, number>();
  for (const c of numeric) {
    const header = headers[c.col] ?? '';
    if (!Number.isInteger(c.value) || c.value < 0 || c.text.startsWith('0')) continue;
    const digits = c.text.length;
    let lost = false;
    if (isPersonnummerHeader(header)) lost = digits < 10;
    else if (isEmployeeNumberHeader(header)) {
      if (!padded.has(c.col)) padded.set(c.col, paddedWidth(columnTexts(c.col)));
      lost = digits < (padded.get(c.col) ?? 0);
    }
    if (lost) notes.push(note(headers, c, 'number.leadingZerosLost'));
  }
  return notes;
}

/** The widest all-digit value with a leading zero in the column (0 if none). */
function paddedWidth(texts: readonly string[]): number {
  return texts.reduce((w, t) => (/^0\d+$/.test(t) ? Math.max(w, t.length) : w), 0);
}

/** Excel keeps 15 significant digits: a number of 16 digits or more has lost its last ones. */
export function precisionNotes(
  headers: readonly string[],
  numeric: readonly NumericCell[],
): ReadNote[] {
  return numeric
    .filter((c) => Math.abs(c.value) >= 1e15)
    .map((c) => note(headers, c, 'number.scientific'));
}

function note(headers: readonly string[], c: NumericCell, code: ReadNote['code']): ReadNote {
  return { line: c.line, column: columnName(headers, c.col), code, value: c.text };
}
