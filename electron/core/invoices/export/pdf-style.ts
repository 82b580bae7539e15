import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';

/** The look the set-up sheet has, so the bureau's documents from Kundstart match. */
export const ACCENT = '#1f3a5f';
export const MUTED = '#5f6368';
export const RULE = '#c9cdd3';
export const HEADER_FILL = '#eef0f3';
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

/** Label and value rows without frames. */
export const FACTS_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** Thin rules between rows, an accent line over and under the table. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.5),
  vLineWidth: () => 0,
  hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? ACCENT : RULE),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};
