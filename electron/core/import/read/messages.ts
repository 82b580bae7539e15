import type { FileErrorCode, ReadResult } from './types';

/** The Swedish texts of the file-level failures; the UI and the CLI show them as they are. */
export const MESSAGES = {
  empty: 'Filen är tom.',
  noRows: 'Filen innehåller inga rader.',
  noPersons: 'PAXml-filen innehåller inga personer (personal/person).',
  binary: 'Filen kunde inte läsas: den innehåller binära data och är ingen textfil.',
  utf16:
    'Filen är sparad som Unicode-text (UTF-16). Spara den som "CSV UTF-8" eller som .xlsx och försök igen.',
  xlsxBroken: 'Excel-filen är skadad eller ofullständig och kunde inte öppnas.',
  xlsxNoSheet: 'Filen innehåller inget kalkylblad.',
  xmlBroken: 'XML-filen är felaktig och kunde inte läsas',
  xmlEntities: 'XML-filen innehåller egna entitetsdefinitioner (<!ENTITY>), vilket inte stöds.',
  unknownFormat:
    'Okänt filformat. Använd CSV (.csv), tabbavgränsad text (.txt), Excel (.xlsx) eller PAXml (.xml).',
  xmlNotPaxml: 'XML-filen är ingen PAXml-fil (rotelementet är inte <paxml>).',
  oldExcel: 'Filen är i Excels äldre format (.xls) eller lösenordsskyddad. Spara den som .xlsx.',
  noHeader:
    'Filen saknar rubrikrad: första raden ser ut att innehålla data (e-post eller nummer) i stället för kolumnnamn.',
  unreadable: 'Filen kunde inte läsas.',
} as const;

export function fail(code: FileErrorCode, message: string): ReadResult {
  return { ok: false, code, message };
}

export function tooLarge(size: number, maxBytes: number, what = 'Filen'): ReadResult {
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1).replace('.', ',');
  return fail('file.tooLarge', `${what} är för stor (${mb(size)} MB). Högst ${mb(maxBytes)} MB.`);
}
