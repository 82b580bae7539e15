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
