export type FileFormat = 'csv' | 'txt' | 'xlsx' | 'paxml';

/** line = the spreadsheet's line number (header = 1); for PAXml the person's position (first = 1). */
export interface ReadRow {
  line: number;
  cells: string[];
}

export type ReadNoteCode = 'number.scientific' | 'number.leadingZerosLost';

export interface ReadNote {
  line: number;
  /** The column's header, or its spreadsheet letter (A, B, ...) when the header is empty. */
  column: string;
  code: ReadNoteCode;
  value: string;
}

export interface ReadTable {
  format: FileFormat;
  /** null for xlsx. */
  encoding: 'utf-8' | 'windows-1252' | null;
  /** null for xlsx and paxml. */
  delimiter: ';' | ',' | '\t' | null;
  /**
   * Trimmed; for PAXml the element names: anstid, persnr, fornamn, efternamn, epostarb, eposthem,
   * lonform (and any other child elements found).
   */
  headers: string[];
  /** Blank lines skipped (but line numbers keep counting), trailing empty columns trimmed. */
  rows: ReadRow[];
  notes: ReadNote[];
}

export type ReadResult =
  { ok: true; table: ReadTable } | { ok: false; code: FileErrorCode; message: string };

export type FileErrorCode =
  'file.empty' | 'file.unreadable' | 'file.unknownFormat' | 'file.tooLarge' | 'file.noHeader';
