import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

/** Strict UTF-8 (the BOM, if any, is dropped); null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252, which is what Swedish Excel writes
 * for "CSV (semikolonavgränsad)". Pure ASCII counts as UTF-8.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

const SAMPLE = 64 * 1024;

/**
 * A text file has no NUL and (almost) no C0 control characters other than tab, CR and LF; an
 * image, a PDF or random bytes have plenty. Checked on the first 64 KB only, to stay fast.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) {
      controls++;
    }
  }
  return controls > 2 && controls > n / 200;
}
