import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';

// The sheet's colours, text styles and the two table layouts (label/value facts, shaded grids).

export const ACCENT = '#1f3a5f';
export const MUTED = '#5f6368';
export const RULE = '#c9cdd3';
export const HEADER_FILL = '#eef0f3';

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

export const FACTS_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.5),
  vLineWidth: () => 0,
  hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? ACCENT : RULE),
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
