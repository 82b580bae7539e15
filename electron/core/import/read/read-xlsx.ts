import type ExcelJS from 'exceljs';
import { fail, MESSAGES, tooLarge } from './messages';
import { scientificNotes } from './notes';
import { looksLikeData, splitHeader, type RawRow } from './table';
import type { ReadResult } from './types';
import { cellNumber, cellText } from './xlsx-cell';
import { leadingZeroNotes, precisionNotes, type NumericCell } from './xlsx-notes';
import { checkZip } from './zip-check';

/** XLSX compresses about tenfold; more unpacked than this is not a staff list. */
const UNPACK_FACTOR = 10;

interface Sheet {
  raw: RawRow[];
  numeric: NumericCell[];
}

function readSheet(ws: ExcelJS.Worksheet): Sheet {
  const raw: RawRow[] = [];
  const numeric: NumericCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const text = cellText(cell.value, cell.numFmt);
      cells[colNumber - 1] = text;
      const value = cellNumber(cell.value);
      if (value !== null) numeric.push({ line, col: colNumber - 1, value, text });
    });
    raw.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { raw, numeric };
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | null> {
  // Loaded here, not at start: every CLI command would pay for it.
  const { default: excel } = await import('exceljs');
  const wb = new excel.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer look-alike; a copied ArrayBuffer satisfies both.
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await wb.xlsx.load(copy as ArrayBuffer);
    return wb;
  } catch {
    return null;
  }
}

/** The first worksheet of an XLSX; line numbers are the sheet's own row numbers. */
export async function readXlsx(bytes: Buffer, maxBytes: number): Promise<ReadResult> {
  const zip = checkZip(bytes, maxBytes * UNPACK_FACTOR);
  if (zip === 'broken') return fail('file.unreadable', MESSAGES.xlsxBroken);
  if (zip === 'tooLarge') return tooLarge(bytes.length, maxBytes, 'Den uppackade Excel-filen');
  const wb = await loadWorkbook(bytes);
  if (!wb) return fail('file.unreadable', MESSAGES.xlsxBroken);
  const ws = wb.worksheets[0];
  if (!ws) return fail('file.unreadable', MESSAGES.xlsxNoSheet);
  const { raw, numeric } = readSheet(ws);
  const split = splitHeader(raw);
  if (!split) return fail('file.empty', MESSAGES.noRows);
  if (looksLikeData(split.headers)) return fail('file.noHeader', MESSAGES.noHeader);
  const { headers, rows } = split;
  const dataLines = new Set(rows.map((r) => r.line));
  const dataNumeric = numeric.filter((c) => dataLines.has(c.line));
  const columnTexts = (col: number): string[] => rows.map((r) => r.cells[col] ?? '');
  const notes = [
    ...scientificNotes(headers, rows),
    ...precisionNotes(headers, dataNumeric),
    ...leadingZeroNotes(headers, dataNumeric, columnTexts),
  ].sort((a, b) => a.line - b.line);
  return {
    ok: true,
    table: { format: 'xlsx', encoding: null, delimiter: null, headers, rows, notes },
  };
}
