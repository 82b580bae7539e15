import type { ReadNote, ReadRow } from './types';

/** Excel's rendering of a long number it stored as a float: 1.99E+11, 1,99E+11, 2E+11. */
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?E[+-]?\d{1,3}$/i;

function isScientificText(value: string): boolean {
  // Nearly every cell fails at its first character or has no E: the expression is for the rest.
  const first = value.charCodeAt(0);
  const digitOrSign = (first >= 48 && first <= 57) || first === 43 || first === 45;
  return digitOrSign && (value.includes('E') || value.includes('e')) && SCIENTIFIC.test(value);
}

/** A, B, ..., Z, AA, ... for a 0-based column index. */
function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnName(headers: readonly string[], index: number): string {
  const h = headers[index];
  return h !== undefined && h !== '' ? h : columnLetter(index);
}

/** Notes for text cells that Excel turned into 1.99E+11: the digits are gone, we do not guess. */
export function scientificNotes(headers: readonly string[], rows: readonly ReadRow[]): ReadNote[] {
  const notes: ReadNote[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const value = row.cells[i]!;
      if (!isScientificText(value)) continue;
      notes.push({
        line: row.line,
        column: columnName(headers, i),
        code: 'number.scientific',
        value,
      });
    }
  }
  return notes;
}
