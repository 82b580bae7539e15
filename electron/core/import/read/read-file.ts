import { detectFormat } from './detect';
import { fail, MESSAGES, tooLarge } from './messages';
import { readDelimitedText } from './read-text';
import { readXlsx } from './read-xlsx';
import type { ReadResult } from './types';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Larger files are refused with file.tooLarge; default 50 MB. */
  maxBytes?: number;
}

async function dispatch(bytes: Buffer, fileName: string, maxBytes: number): Promise<ReadResult> {
  if (bytes.length === 0) return fail('file.empty', MESSAGES.empty);
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const detected = detectFormat(bytes, fileName);
  switch (detected.kind) {
    case 'xlsx':
      return readXlsx(bytes, maxBytes);
    case 'paxml':
      // The XML parser is loaded for a PAXml file only, not at start.
      return (await import('./read-paxml')).readPaxml(bytes);
    case 'csv':
    case 'txt':
      return readDelimitedText(bytes, detected.kind);
    case 'oldExcel':
      return fail('file.unknownFormat', MESSAGES.oldExcel);
    case 'otherXml':
      return fail('file.unknownFormat', MESSAGES.xmlNotPaxml);
    default:
      return fail('file.unknownFormat', MESSAGES.unknownFormat);
  }
}

/**
 * Turns an import file's bytes into a table of text cells with spreadsheet line numbers.
 * Never throws: whatever the bytes, the answer is a table or a file-level error in Swedish.
 */
export async function readImportFile(
  bytes: Buffer,
  fileName: string,
  opts?: ReadOptions,
): Promise<ReadResult> {
  try {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as Uint8Array);
    return await dispatch(buffer, fileName, opts?.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch {
    // A bug or a library's surprise must not crash an import: it is an unreadable file.
    return fail('file.unreadable', MESSAGES.unreadable);
  }
}
