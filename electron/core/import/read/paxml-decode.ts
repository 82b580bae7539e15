import iconv from 'iconv-lite';
import { decodeText, type Decoded } from './decode';

const LATIN = /^(iso-?8859-1|iso-?8859-15|latin-?1|windows-1252|cp-?1252)$/i;

/** The encoding named by the XML declaration, if any. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const m = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(
    head,
  );
  return m?.[1] ?? null;
}

/**
 * The declaration rules: ISO-8859-1 (what Fortnox writes) and Windows-1252 decode as
 * Windows-1252, a superset for every printable character. Otherwise XML's default, UTF-8; if
 * the bytes are not valid UTF-8 after all, Windows-1252 rather than refusing the file.
 */
export function decodeXml(bytes: Uint8Array): Decoded {
  const declared = declaredEncoding(bytes);
  if (declared && LATIN.test(declared)) {
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
  return decodeText(bytes);
}

/**
 * The root element's name, local part, skipping the declaration, comments, processing
 * instructions and a DOCTYPE; null if the bytes do not start like XML.
 */
export function xmlRootName(bytes: Uint8Array): string | null {
  let s = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  s = s.replace(/^(?:\u00EF\u00BB\u00BF)/, '');
  const prolog = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/i;
  for (let m = prolog.exec(s); m; m = prolog.exec(s)) s = s.slice(m[0].length);
  const root = /^\s*<([A-Za-z_][\w.:-]*)/.exec(s);
  const name = root?.[1];
  return name ? (name.split(':').pop() ?? name) : null;
}
