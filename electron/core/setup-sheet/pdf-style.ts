// The sheet's text styles; its colours and table layouts are the house style (pdf/house-style.ts).
import type { StyleDictionary } from 'pdfmake/interfaces';
import { ACCENT, factsLayout, gridLayout, MUTED } from '../pdf/house-style';

export { ACCENT, HEADER_FILL, MUTED, RULE } from '../pdf/house-style';

export const STYLES: StyleDictionary = {
  title: { fontSize: 20, bold: true, color: ACCENT },
  customerName: { fontSize: 14, bold: true, margin: [0, 4, 0, 2] },
  intro: { color: MUTED, margin: [0, 8, 0, 4] },
  h1: { fontSize: 13, bold: true, color: ACCENT },
  h2: { fontSize: 10.5, bold: true, color: ACCENT },
  h3: { bold: true, margin: [0, 6, 0, 2] },
  label: { color: MUTED },
  note: { fontSize: 8.5, color: MUTED },
  review: { fontSize: 8.5, italics: true, color: MUTED, alignment: 'right' },
  unreviewed: { fontSize: 8.5, bold: true, color: ACCENT, alignment: 'right' },
  th: { fontSize: 8.5, bold: true },
  pageLine: { fontSize: 8, color: MUTED },
};

export const FACTS_LAYOUT = factsLayout(3);
export const GRID_LAYOUT = gridLayout(5, 3);
