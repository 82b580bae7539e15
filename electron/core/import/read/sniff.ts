import type { Delimiter } from './csv-parse';

const CSV_ORDER: readonly Delimiter[] = [';', '\t', ','];
const TXT_ORDER: readonly Delimiter[] = ['\t', ';', ','];

/**
 * The delimiter that occurs most often outside quotes on the first non-blank line (the header).
 * Ties go to ';' (Swedish Excel) for .csv and to tab for .txt/.tsv (Visma, Excel's "Text").
 */
export function sniffDelimiter(text: string, preferTab: boolean): Delimiter {
  const order = preferTab ? TXT_ORDER : CSV_ORDER;
  const counts = countOnHeaderLine(text);
  let best: Delimiter = order[0] ?? ';';
  for (const d of order) if (counts[d] > counts[best]) best = d;
  return best;
}

function countOnHeaderLine(text: string): Record<Delimiter, number> {
  const counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let inQuotes = false;
  let seenText = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\r' || ch === '\n') {
      if (seenText) break;
    } else if (ch === ';' || ch === '\t' || ch === ',') counts[ch]++;
    else if (ch !== ' ') seenText = true;
  }
  return counts;
}

/** Excel's "sep=;" first line names the delimiter, and Excel does not show it as a row. */
export function sepLine(text: string): { delimiter: Delimiter; rest: string } | null {
  const m = /^sep=(.)\r?\n?/i.exec(text);
  const d = m?.[1];
  if (!m || (d !== ';' && d !== ',' && d !== '\t')) return null;
  return { delimiter: d, rest: text.slice(m[0].length) };
}
