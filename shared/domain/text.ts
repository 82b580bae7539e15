/**
 * The rule of every single-line text a person types or a file brings (names, e-mails, phone and
 * employee numbers): one form (NFC), no padding, and no character that hides or rewrites what is
 * shown. The schemas clean with it, the domain rules check with it: form, import and CLI agree.
 */
import type { FieldIssue } from '../errors';

// Zero-width space, non-joiner, joiner, word joiner, BOM: invisible, so at the ends they pad.
const EDGE_PADDING = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;

// C0 controls (NUL, TAB, CR, LF, ESC…), DEL and C1; line and paragraph separators; the bidi
// marks, embeddings, overrides and isolates that make text display other than it is stored.
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** One padding character, for the quick look at a text's ends. */
const PADDING = /[\s\u200b-\u200d\u2060\ufeff]/;

/**
 * Below U+0300 (where the combining marks begin) every text is already NFC: no character there
 * decomposes or composes with another. Imports clean millions of cells, nearly all like that.
 * (Controls below the space take the slower way, which is just as right.)
 */
const MAY_CHANGE_IN_NFC = /[^ -\u02ff]/;

/** NFC, trimmed of whitespace and zero-width characters: text of those alone becomes ''. */
export function cleanText(text: string): string {
  if (isClean(text)) return text;
  const nfc = MAY_CHANGE_IN_NFC.test(text) ? text.normalize('NFC') : text;
  const padded = nfc !== '' && (PADDING.test(nfc[0]!) || PADDING.test(nfc[nfc.length - 1]!));
  return padded ? nfc.replace(EDGE_PADDING, '') : nfc;
}

/**
 * The quick answer for nearly every cell of an import: all below U+0300 (so already NFC) and no
 * space or padding at either end. A loop over char codes, since this runs millions of times and
 * a regular expression per test costs several times more. False only sends a text the slow way.
 */
function isClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    // Below '!' only a space inside may stay; U+00A0 is padding at an end, simplest sent on.
    if (c < 0x21 || c >= 0x300 || c === 0xa0) {
      if (c !== 0x20 || i === 0 || i === last) return false;
    }
  }
  return true;
}

/** Whether `text` holds a control, line-break or bidi-control character. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * `issues` with the text rule applied to `texts` (field → value): a field holding a control
 * character gets `text.control`, and every other problem of that field is dropped, since it
 * would only describe the hidden character's damage.
 */
export function withTextRule(
  texts: Record<string, string | null | undefined>,
  issues: FieldIssue[],
): FieldIssue[] {
  const refused: FieldIssue[] = [];
  for (const field in texts) {
    const value = texts[field];
    // Cleaning only trims and recomposes letters: text without a control has none once cleaned.
    if (value && hasControlCharacter(value) && hasControlCharacter(cleanText(value)))
      refused.push({ field, code: 'text.control', severity: 'error' });
  }
  if (refused.length === 0) return issues;
  const fields = new Set(refused.map((i) => i.field));
  return [...refused, ...issues.filter((i) => !fields.has(i.field))];
}

/**
 * Text without its diacritics: "Björkhagen" → "Bjorkhagen", "Åkesson" → "Akesson". For
 * searches that must find a name typed on a keyboard without å, ä, ö, and for file names.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The form a search compares in: no diacritics, lower case. */
export const searchKey = (text: string): string =>
  withoutDiacritics(text).toLocaleLowerCase('sv-SE');
