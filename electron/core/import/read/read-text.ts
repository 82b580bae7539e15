import { parseDelimited, type RawRecord } from './csv-parse';
import { decodeText, hasUtf16Bom, looksBinary } from './decode';
import { fail, MESSAGES } from './messages';
import { scientificNotes } from './notes';
import { sepLine, sniffDelimiter } from './sniff';
import { looksLikeData, splitHeader, type RawRow } from './table';
import type { ReadResult } from './types';

/**
 * The line number of a row is the number of the spreadsheet row Excel shows when it opens the
 * file: every record counts (blank ones too), and a record whose quoted cell spans several
 * physical lines is ONE row. So rows after a multi-line cell keep Excel's numbering, not a text
 * editor's. Swap to `r.physicalLine` here to number by physical line instead.
 */
function lineOf(r: RawRecord): number {
  return r.record;
}

export function readDelimitedText(bytes: Buffer, format: 'csv' | 'txt'): ReadResult {
  if (hasUtf16Bom(bytes)) return fail('file.unreadable', MESSAGES.utf16);
  if (looksBinary(bytes)) return fail('file.unreadable', MESSAGES.binary);
  const { text, encoding } = decodeText(bytes);
  const sep = sepLine(text);
  const body = sep ? sep.rest : text;
  const delimiter = sep ? sep.delimiter : sniffDelimiter(body, format === 'txt');
  const raw: RawRow[] = parseDelimited(body, delimiter).map((r) => ({
    line: lineOf(r),
    cells: r.cells,
  }));
  const split = splitHeader(raw);
  if (!split) return fail('file.empty', MESSAGES.noRows);
  if (looksLikeData(split.headers)) return fail('file.noHeader', MESSAGES.noHeader);
  const notes = scientificNotes(split.headers, split.rows);
  return { ok: true, table: { format, encoding, delimiter, ...split, notes } };
}
