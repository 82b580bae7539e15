import type {
  Column,
  Content,
  ContentTable,
  DynamicContent,
  Margins,
  TableCell,
} from 'pdfmake/interfaces';
import { MARGIN_X, rule } from '../pdf/pdfmake';
import { svDate } from './format';
import { ACCENT, FACTS_LAYOUT, GRID_LAYOUT, HEADER_FILL, RULE } from './pdf-style';
import type { SetupSheetData } from './sheet-data';

// ---------------------------------------------------------------- page frame

export function pageHeader(data: SetupSheetData): DynamicContent {
  return () => ({
    margin: [MARGIN_X, 24, MARGIN_X, 0],
    stack: [
      {
        columns: [
          { text: 'Uppläggningsblad för Blikk Easy', style: 'pageLine' },
          { text: data.bureau?.name ?? '', style: 'pageLine', alignment: 'right' },
        ],
      },
      rule(0.5, RULE, [0, 3, 0, 0]),
    ],
  });
}

export function pageFooter(data: SetupSheetData): DynamicContent {
  const { name, orgnr } = data.customer.customer;
  return (page, pages) => ({
    margin: [MARGIN_X, 14, MARGIN_X, 0],
    stack: [
      rule(0.5, RULE, [0, 0, 0, 3]),
      {
        columns: [
          { text: `${name} · ${orgnr}`, style: 'pageLine' },
          { text: `Sida ${page} av ${pages}`, style: 'pageLine', alignment: 'right' },
        ],
      },
    ],
  });
}

// ---------------------------------------------------------------- building blocks

/** A heading kept on the page of what follows it; later blocks may break across pages. */
export function withHeading(heading: Content, blocks: Content[]): Content[] {
  const [first, ...rest] = blocks;
  return [{ stack: [heading, first ?? ''], unbreakable: true }, ...rest];
}

export function section(
  no: number,
  title: string,
  blocks: Content[],
  review?: Reviewed,
): Content[] {
  const heading: Content = {
    stack: [
      {
        columns: [{ text: `${no}  ${title}`, style: 'h1' }, review ? reviewLine(review, 4) : ''],
      },
      rule(0.8, ACCENT, [0, 2, 0, 6]),
    ],
    margin: [0, 16, 0, 0],
  };
  return withHeading(heading, blocks);
}

export interface Reviewed {
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export function subsection(title: string, review: Reviewed, blocks: Content[]): Content[] {
  const heading: Content = {
    columns: [{ text: title, style: 'h2', width: '*' }, reviewLine(review)],
    margin: [0, 10, 0, 4],
  };
  return withHeading(heading, blocks);
}

/** `top` lines the small text up with a larger heading beside it. */
function reviewLine({ reviewedAt, reviewedBy }: Reviewed, top = 0): Column {
  const margin: Margins = [0, top, 0, 0];
  if (!reviewedAt) return { text: 'Ej granskad', style: 'unreviewed', width: 'auto', margin };
  const text = `Granskad: ${svDate(reviewedAt)} av ${reviewedBy?.trim() || 'okänd'}`;
  return { text, style: 'review', width: 'auto', margin };
}

/** Label and value rows: what the bureau types into one Blikk screen. */
export function facts(rows: [string, Content][]): ContentTable {
  return {
    table: {
      widths: [160, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value]),
    },
    layout: FACTS_LAYOUT,
  };
}

/**
 * A table with a shaded header row that repeats on the next page. Headers from column
 * `centreFrom` on are centred, over the centred Ja/Nej and numbers below them.
 */
export function grid(
  widths: (number | string)[],
  header: string[],
  rows: TableCell[][],
  centreFrom = header.length,
): ContentTable {
  const th = (text: string, i: number): TableCell => ({
    text,
    style: 'th',
    fillColor: HEADER_FILL,
    alignment: i >= centreFrom ? 'center' : 'left',
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header.map(th), ...rows] },
    layout: GRID_LAYOUT,
  };
}

export function note(
  text: string,
  margin: [number, number, number, number] = [0, 4, 0, 0],
): Content {
  return { text, style: 'note', margin };
}
