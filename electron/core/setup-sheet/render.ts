// The set-up sheet (Uppläggningsblad) as a PDF, in sections like the invoice PDF: the page
// frame and building blocks (pdf-blocks.ts), styles (pdf-style.ts), Swedish formats (format.ts)
// and one file per part of the sheet (section-*.ts), in the order Blikk's screens ask for them.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CustomerDetail } from '../../../shared/schemas/customer';
import { FONT, MARGIN_X, renderPdf } from '../pdf/pdfmake';
import { pageFooter, pageHeader } from './pdf-blocks';
import { STYLES } from './pdf-style';
import {
  collaborationSection,
  customerSection,
  invoicingSection,
  titleBlock,
} from './section-customer';
import { profilesSection } from './section-profiles';
import { timeSettingsSection } from './section-time-settings';
import type { SetupSheetData } from './sheet-data';

export type { SetupSheetData } from './sheet-data';

/** The sheet as a PDF: A4, Swedish, in the order Blikk's screens ask for things. */
export async function renderSetupSheet(data: SetupSheetData): Promise<Buffer> {
  return renderPdf(documentDefinition(data));
}

/** `Upplaggningsblad-559244-0001.pdf`: ASCII only, as some mail and file systems mangle more. */
export function setupSheetFileName(customer: CustomerDetail): string {
  const id = asciiSlug(customer.customer.orgnr) || asciiSlug(customer.customer.name) || 'kund';
  return `Upplaggningsblad-${id}.pdf`;
}

function asciiSlug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // å ä ö é lose their marks: a a o e
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

function documentDefinition(data: SetupSheetData): TDocumentDefinitions {
  const { customer } = data.customer;
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 58, MARGIN_X, 54],
    language: 'sv-SE',
    info: {
      title: `Uppläggningsblad för Blikk Easy – ${customer.name}`,
      author: data.bureau?.name ?? 'Kundstart',
      creator: 'Kundstart',
      producer: 'Kundstart',
    },
    header: pageHeader(data),
    footer: pageFooter(data),
    content: [
      titleBlock(data),
      collaborationSection(data),
      customerSection(data.customer),
      invoicingSection(data),
      timeSettingsSection(data),
      profilesSection(data),
    ],
    styles: STYLES,
    defaultStyle: { font: FONT, fontSize: 9.5, lineHeight: 1.2, color: '#222222' },
  };
}
