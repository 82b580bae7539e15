import type { CustomTableLayout } from 'pdfmake/interfaces';

// What every PDF of Kundstart shares, so the bureau's documents match: the colours and the two
// table layouts. Each document keeps its own text styles and spacing.

export const ACCENT = '#1f3a5f';
export const MUTED = '#5f6368';
export const RULE = '#c9cdd3';
export const HEADER_FILL = '#eef0f3';

/** Label and value rows without frames, `padY` points above and below each row. */
export function factsLayout(padY: number): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
    vLineWidth: () => 0,
    hLineColor: () => RULE,
    paddingLeft: (i) => (i === 0 ? 0 : 8),
    paddingRight: () => 0,
    paddingTop: () => padY,
    paddingBottom: () => padY,
  };
}

/** Thin rules between rows, an accent line over and under the table. */
export function gridLayout(padX: number, padY: number): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.5),
    vLineWidth: () => 0,
    hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? ACCENT : RULE),
    paddingLeft: () => padX,
    paddingRight: () => padX,
    paddingTop: () => padY,
    paddingBottom: () => padY,
  };
}
