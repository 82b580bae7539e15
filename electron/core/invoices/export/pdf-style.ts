import type { StyleDictionary } from 'pdfmake/interfaces';
import { ACCENT, factsLayout, gridLayout, MUTED } from '../../pdf/house-style';

export { ACCENT, HEADER_FILL, MUTED, RULE } from '../../pdf/house-style';

export const WARNING_FILL = '#fff4e5';
export const WARNING_TEXT = '#8a4b00';

export const STYLES: StyleDictionary = {
  title: { fontSize: 18, bold: true, color: ACCENT },
  bureau: { fontSize: 13, bold: true, margin: [0, 4, 0, 8] },
  h1: { fontSize: 12.5, bold: true, color: ACCENT },
  customer: { fontSize: 10, bold: true, color: ACCENT },
  label: { color: MUTED },
  note: { fontSize: 8, color: MUTED },
  th: { fontSize: 8, bold: true, color: '#333333' },
  warning: { bold: true, color: WARNING_TEXT },
  pageLine: { fontSize: 8, color: MUTED },
};

export const FACTS_LAYOUT = factsLayout(2.5);
export const GRID_LAYOUT = gridLayout(4, 2.5);
