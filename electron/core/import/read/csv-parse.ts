export type Delimiter = ';' | ',' | '\t';

export interface RawRecord {
  /** The record's number, counting every record, blank ones included (Excel's row number). */
  record: number;
  /** The physical line where the record starts (what a text editor shows). */
  physicalLine: number;
  cells: string[];
}

/** State of the RFC 4180 parser while it walks the text. */
interface State {
  records: RawRecord[];
  cells: string[];
  field: string;
  quoted: boolean;
  physical: number;
  start: number;
}

/** Length of the line break at i (2 for CRLF, 1 for LF or a lone CR), 0 if none. */
function breakAt(text: string, i: number): number {
  const ch = text[i];
  if (ch === '\r') return text[i + 1] === '\n' ? 2 : 1;
  return ch === '\n' ? 1 : 0;
}

function endRecord(s: State): void {
  s.cells.push(s.field);
  s.records.push({ record: s.records.length + 1, physicalLine: s.start, cells: s.cells });
  s.cells = [];
  s.field = '';
  s.quoted = false;
}

/** Reads a quoted field from just after its opening quote; returns the index after it. */
function readQuoted(text: string, from: number, s: State): number {
  let i = from;
  let value = '';
  while (i < text.length) {
    const close = text.indexOf('"', i);
    const end = close < 0 ? text.length : close;
    value += countBreaks(text.slice(i, end), s);
    if (close < 0) return text.length; // unterminated: like Excel, the rest of the file is the cell
    if (text[close + 1] !== '"') {
      s.field = value;
      return close + 1;
    }
    value += '"';
    i = close + 2;
  }
  s.field = value;
  return i;
}

/** Counts the physical lines inside a quoted chunk, and normalises its breaks to LF. */
function countBreaks(chunk: string, s: State): string {
  const parts = chunk.split(/\r\n|\r|\n/);
  s.physical += parts.length - 1;
  return parts.join('\n');
}

/**
 * RFC 4180 with Excel's leniencies: a quote opens a quoted field only at its start (spaces
 * before it allowed), text after the closing quote is appended, a quote inside an unquoted field
 * is a character. CRLF, LF and lone CR all end a record. A final line break adds no record.
 */
export function parseDelimited(text: string, delimiter: Delimiter): RawRecord[] {
  const s: State = { records: [], cells: [], field: '', quoted: false, physical: 1, start: 1 };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const br = breakAt(text, i);
    if (ch === '"' && !s.quoted && s.field.trim() === '') {
      s.quoted = true;
      i = readQuoted(text, i + 1, s);
    } else if (ch === delimiter) {
      s.cells.push(s.field);
      s.field = '';
      s.quoted = false;
      i++;
    } else if (br > 0) {
      endRecord(s);
      s.physical++;
      s.start = s.physical;
      i += br;
    } else {
      const next = nextSpecial(text, i, delimiter);
      s.field += text.slice(i, next);
      i = next;
    }
  }
  if (s.field !== '' || s.cells.length > 0 || s.quoted) endRecord(s);
  return s.records;
}

/** Index of the next quote, delimiter or line break after i (a run of plain text is copied whole). */
function nextSpecial(text: string, i: number, delimiter: string): number {
  // Char codes, not one-character strings: this loop visits nearly every character of a file.
  const d = delimiter.charCodeAt(0);
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === QUOTE || c === d || c === CR || c === LF) return j;
    j++;
  }
  return j;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
