import type {
  Column,
  Content,
  ContentText,
  CustomTableLayout,
  DynamicContent,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { formatKronor, VAT_PERCENT } from '../../../../shared/domain/money';
import { firstDayOf, lastDayOf } from '../../../../shared/domain/months';
import type { InvoiceSummary } from '../../../../shared/schemas/invoices';
import { FONT, MARGIN_X, renderPdf, rule } from '../../pdf/pdfmake';
import type { ExportContext } from './export-service';
import { customerBlock } from './pdf-customer';
import {
  ACCENT,
  FACTS_LAYOUT,
  GRID_LAYOUT,
  HEADER_FILL,
  RULE,
  STYLES,
  WARNING_FILL,
  WARNING_TEXT,
} from './pdf-style';
import {
  addonNames,
  closedText,
  DIFFERS_NOTE,
  EXAMPLE_WARNING,
  formatCount,
  invoicingText,
  monthName,
  dayOf,
  warningText,
} from './texts';

/** The month's basis for the collective invoice, as the bureau files and checks it: A4. */
export function pdfBytes(summary: InvoiceSummary, context: ExportContext): Promise<Buffer> {
  return renderPdf(documentDefinition(summary, context));
}

const titleOf = (summary: InvoiceSummary) =>
  `Samlingsfaktura – underlag ${monthName(summary.month)}`;

function documentDefinition(summary: InvoiceSummary, context: ExportContext): TDocumentDefinitions {
  const names = addonNames(summary);
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 58, MARGIN_X, 54],
    language: 'sv-SE',
    info: {
      title: `${titleOf(summary)} – ${context.bureauName}`,
      author: context.bureauName || 'Kundstart',
      creator: 'Kundstart',
      producer: 'Kundstart',
    },
    header: pageHeader(summary, context),
    footer: pageFooter(context),
    content: [
      ...titleBlock(summary, context),
      heading('Kunder på samlingsfakturan'),
      { text: 'Belopp i kronor exklusive moms.', style: 'note', margin: [0, 0, 0, 6] },
      ...(summary.customers.length
        ? summary.customers.map((c) => customerBlock(c, names))
        : [{ text: 'Inga kunder på samlingsfakturan denna månad.', style: 'label' }]),
      totalsBlock(summary),
      ...directBlock(summary),
    ],
    styles: STYLES,
    defaultStyle: { font: FONT, fontSize: 8.5, lineHeight: 1.15, color: '#222222' },
  };
}

function pageHeader(summary: InvoiceSummary, context: ExportContext): DynamicContent {
  return () => ({
    margin: [MARGIN_X, 24, MARGIN_X, 0],
    stack: [
      {
        columns: [
          { text: titleOf(summary), style: 'pageLine' },
          { text: context.bureauName, style: 'pageLine', alignment: 'right' },
        ],
      },
      rule(0.5, RULE, [0, 3, 0, 0]),
    ],
  });
}

function pageFooter(context: ExportContext): DynamicContent {
  return (page, pages) => ({
    margin: [MARGIN_X, 14, MARGIN_X, 0],
    stack: [
      rule(0.5, RULE, [0, 0, 0, 3]),
      {
        columns: [
          { text: `Skapad ${dayOf(context.generatedAt)} i Kundstart`, style: 'pageLine' },
          { text: `Sida ${page} av ${pages}`, style: 'pageLine', alignment: 'right' },
        ],
      },
    ],
  });
}

function heading(text: string): Content {
  return {
    stack: [{ text, style: 'h1' }, rule(0.8, ACCENT, [0, 2, 0, 4])],
    margin: [0, 14, 0, 0],
  };
}

function titleBlock(summary: InvoiceSummary, context: ExportContext): Content[] {
  const period = `${firstDayOf(summary.month)} – ${lastDayOf(summary.month)}`;
  const facts: [string, string][] = [
    ['Period', period],
    ['Prislista gäller från', summary.priceList.effectiveFrom],
    [
      'Kunder på fakturan',
      `${formatCount(summary.customers.length)} (${formatCount(summary.licences)} licenser)`,
    ],
    ['Att betala inkl. moms', formatKronor(summary.payableOre)],
  ];
  if (summary.closed) facts.push(['Status', closedText(summary.closed)]);
  return [
    { text: titleOf(summary), style: 'title' },
    { text: context.bureauName || 'Byråns namn saknas', style: 'bureau' },
    {
      table: {
        widths: [130, '*'],
        body: facts.map(([label, value]) => [{ text: label, style: 'label' }, value]),
      },
      layout: FACTS_LAYOUT,
    },
    ...notices(summary),
  ];
}

/** What must not be missed: example prices, a closed month that now differs, unpriced add-ons. */
function notices(summary: InvoiceSummary): Content[] {
  const lines: string[] = [];
  if (summary.priceList.example) lines.push(EXAMPLE_WARNING);
  if (summary.closed?.differs) lines.push(DIFFERS_NOTE);
  for (const warning of summary.warnings) lines.push(warningText(warning, summary));
  if (!lines.length) return [];
  return [
    {
      table: {
        widths: ['*'],
        body: lines.map((text) => [{ text, style: 'warning' }]),
      },
      layout: {
        fillColor: () => WARNING_FILL,
        hLineWidth: () => 0,
        // An orange bar down the left side: Roboto has no warning sign to print instead.
        vLineWidth: (i) => (i === 0 ? 3 : 0),
        vLineColor: () => WARNING_TEXT,
        paddingLeft: () => 8,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
      margin: [0, 10, 0, 0],
    },
  ];
}

function totalsBlock(s: InvoiceSummary): Content {
  const row = (label: string, ore: number, bold = false, signed = false): TableCell[] => {
    const amount = formatKronor(ore);
    const text = signed && ore > 0 ? `+${amount}` : amount;
    return [
      { text: label, bold },
      { text, alignment: 'right', bold },
    ];
  };
  const margin: Column = {
    width: '*',
    stack: [
      { text: 'Vid vidarefakturering till listpris', style: 'label', margin: [0, 0, 0, 2] },
      `Listpris exkl. moms: ${formatKronor(s.listTotalExclVatOre)}`,
      `Byråns marginal: ${formatKronor(s.marginOre)}`,
    ],
  };
  return {
    unbreakable: true,
    stack: [
      heading('Summering'),
      {
        columns: [
          margin,
          {
            width: 240,
            table: {
              widths: ['*', 100],
              body: [
                row('Summa exkl. moms', s.totalExclVatOre),
                row(`Moms ${VAT_PERCENT} %`, s.vatOre),
                row('Summa inkl. moms', s.totalInclVatOre),
                row('Öresavrundning', s.roundingOre, false, true),
                row('Att betala', s.payableOre, true),
              ],
            },
            layout: TOTALS_LAYOUT,
          },
        ],
        columnGap: 16,
      },
    ],
  };
}

const TOTALS_LAYOUT = {
  ...GRID_LAYOUT,
  fillColor: (i: number, node: { table: { body: unknown[] } }) =>
    i === node.table.body.length - 1 ? HEADER_FILL : null,
};

const DIRECT_TITLE = 'Faktureras direkt av Blikk';

/**
 * Customers Blikk invoices itself, never summed. Heading and column titles are header rows of
 * the one table: repeated on every page the list fills, never left alone at a page's foot.
 */
function directBlock(summary: InvoiceSummary): Content[] {
  if (!summary.direct.length) {
    const none = 'Inga kunder faktureras direkt av Blikk denna månad.';
    return [{ stack: [heading(DIRECT_TITLE), { text: none, style: 'label' }], unbreakable: true }];
  }
  const spanned = (cell: ContentText): TableCell[] => [{ ...cell, colSpan: 4 }, {}, {}, {}];
  const titles = ['Kund', 'Organisationsnummer', 'Licenser', 'Fakturering'].map(
    (text, i): TableCell => ({
      text,
      style: 'th',
      fillColor: HEADER_FILL,
      alignment: i === 2 ? 'right' : 'left',
    }),
  );
  const rows = summary.direct.map((d): TableCell[] => [
    d.name,
    d.orgnr,
    { text: formatCount(d.licences), alignment: 'right' },
    invoicingText(d),
  ]);
  const intro = 'Kunderna betalar Blikk själva: de ingår inte i summan ovan.';
  const body = [
    spanned({ text: DIRECT_TITLE, style: 'h1', margin: [-4, 0, 0, 0] }),
    spanned({ text: intro, style: 'note', margin: [-4, 0, 0, 0] }),
    titles,
    ...rows,
  ];
  return [
    {
      table: {
        headerRows: 3,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: ['*', 90, 44, 150],
        body,
      },
      layout: DIRECT_LAYOUT,
      margin: [0, 14, 0, 0],
    },
  ];
}

/** The heading's accent rule under row 0; the grid's lines from the column titles on. */
const DIRECT_LAYOUT: CustomTableLayout = {
  ...GRID_LAYOUT,
  hLineWidth: (i, node) => {
    if (i === 0 || i === 2) return 0;
    return i === 1 || i === node.table.body.length ? 0.8 : 0.5;
  },
  hLineColor: (i, node) => (i === 1 || i === node.table.body.length ? ACCENT : RULE),
};
