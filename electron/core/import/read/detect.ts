import { xmlRootName } from './paxml-decode';

export type Detected =
  { kind: 'xlsx' | 'paxml' | 'csv' | 'txt' } | { kind: 'oldExcel' | 'otherXml' | 'unknown' };

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: the old .xls, and also any password-protected .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function extension(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName.trim());
  return m?.[1]?.toLowerCase() ?? '';
}

/** Content first (a .csv that is really an XLSX is read as XLSX), then the file's extension. */
export function detectFormat(bytes: Uint8Array, fileName: string): Detected {
  const ext = extension(fileName);
  if (startsWith(bytes, ZIP)) return { kind: 'xlsx' };
  if (startsWith(bytes, OLE)) return { kind: 'oldExcel' };
  const root = xmlRootName(bytes);
  if (root !== null && root.toLowerCase() === 'paxml') return { kind: 'paxml' };
  if (
    root !== null &&
    (ext === 'xml' || /^\s*(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml/.test(head(bytes)))
  ) {
    return { kind: 'otherXml' };
  }
  if (ext === 'csv') return { kind: 'csv' };
  if (ext === 'txt' || ext === 'tsv') return { kind: 'txt' };
  if (ext === 'xlsx') return { kind: 'xlsx' };
  if (ext === 'xls') return { kind: 'oldExcel' };
  return { kind: 'unknown' };
}

function head(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, 64)).toString('latin1');
}
