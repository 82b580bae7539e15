import type { Content, ContentText, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { formatAmount } from '../../../../shared/domain/money';
import type { CustomerInvoice, InvoiceLine } from '../../../../shared/schemas/invoices';
import { ACCENT, HEADER_FILL, MUTED, RULE } from './pdf-style';
import { changeSentence, formatCount, UNIT_NAMES } from './texts';

const COLUMNS = ['Benämning', 'Antal', 'À-pris', 'Belopp', 'Listpris à', 'Listbelopp', 'Marginal'];
const WIDTHS = ['*', 30, 54, 62, 54, 62, 54];
/** A customer this short is kept on one page; a longer one breaks, repeating its header. */
const UNBREAKABLE_LINES = 20;

/**
 * One customer as one table: its name and the column titles are header rows, repeated if it
 * breaks and never left alone at the foot of a page; subtotal and changes close it.
 */
export function customerBlock(customer: CustomerInvoice, names: Map<string, string>): Content {
  const body: TableCell[][] = [
    nameRow(customer),
    COLUMNS.map((title, i) => ({ text: title, style: 'th', alignment: i ? 'right' : 'left' })),
    ...customer.lines.map(lineRow),
    subtotalRow(customer),
  ];
  if (customer.changes.length) body.push(changesRow(customer, names));
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: WIDTHS, body },
    layout: CUSTOMER_LAYOUT,
    margin: [0, 0, 0, 12],
    unbreakable: customer.lines.length <= UNBREAKABLE_LINES,
  };
}

function nameRow(customer: CustomerInvoice): TableCell[] {
  const licences = `${formatCount(customer.licences)} ${customer.licences === 1 ? 'licens' : 'licenser'}`;
  return [
    {
      colSpan: COLUMNS.length,
      fillColor: HEADER_FILL,
      columns: [
        { text: customer.name, style: 'customer', width: '*' },
        {
          text: `${customer.orgnr}  ·  ${licences}`,
          style: 'label',
          width: 'auto',
          margin: [0, 1, 0, 0],
        },
      ],
    },
    ...spanned(COLUMNS.length - 1),
  ];
}

function lineRow(line: InvoiceLine): TableCell[] {
  return [
    {
      text: [line.name, { text: `  per ${UNIT_NAMES[line.unit]}`, style: 'note' }],
    },
    number(formatCount(line.quantity)),
    number(formatAmount(line.unitPriceOre)),
    number(formatAmount(line.amountOre)),
    number(formatAmount(line.listUnitPriceOre), true),
    number(formatAmount(line.listAmountOre), true),
    number(formatAmount(line.marginOre), true),
  ];
}

function subtotalRow(customer: CustomerInvoice): TableCell[] {
  return [
    { text: 'Summa exkl. moms', bold: true },
    '',
    '',
    { ...number(formatAmount(customer.subtotalOre)), bold: true },
    '',
    number(formatAmount(customer.listSubtotalOre), true),
    number(formatAmount(customer.marginOre), true),
  ];
}

/** Roboto, the PDF's font, has no arrow: "Licenser 12 till 15 från 2030-02-15". */
function changesRow(customer: CustomerInvoice, names: Map<string, string>): TableCell[] {
  const sentences = customer.changes.map((c) => changeSentence(c, names, 'till'));
  return [
    {
      colSpan: COLUMNS.length,
      style: 'note',
      columns: [
        { text: 'Ändringar under månaden', width: 110, bold: true },
        { stack: sentences, width: '*' },
      ],
    },
    ...spanned(COLUMNS.length - 1),
  ];
}

/** List-price columns in grey: what the bureau may charge, not what it pays. */
function number(text: string, list = false): ContentText {
  return { text, alignment: 'right', ...(list ? { color: MUTED } : {}) };
}

const spanned = (count: number): TableCell[] => Array.from({ length: count }, () => ({}));

const CUSTOMER_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => {
    if (i === 0 || i === node.table.body.length) return 0.8;
    return i === 1 ? 0 : 0.5;
  },
  vLineWidth: () => 0,
  hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? ACCENT : RULE),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: (i) => (i === 0 ? 4 : 2.5),
  paddingBottom: (i) => (i === 0 ? 3 : 2.5),
};
