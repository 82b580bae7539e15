import type { InvoiceExportFormat, InvoiceSummary } from '../../../../shared/schemas/invoices';
import type { ServiceContext } from '../../context';
import { BureauEntity } from '../../db/entities';
import { renderOf } from '../../render/render-thread';
import { getSummary } from '../summary-service';
import { basisBytes } from './basis';
import { csvInvoiceBytes } from './csv';
import { jsonBytes } from './json';

export interface ExportContext {
  bureauName: string;
  /** ISO timestamp printed on the documents. */
  generatedAt: string;
}

export interface InvoiceFile {
  fileName: string;
  bytes: Buffer;
}

/** `Samlingsfaktura-2030-03.xlsx`, `Vidarefakturering-2030-03.csv`: ASCII, sortable. */
export function invoiceFileName(month: string, format: InvoiceExportFormat): string {
  if (format === 'basis') return `Vidarefakturering-${month}.csv`;
  return `Samlingsfaktura-${month}.${format}`;
}

export async function exportInvoices(
  ctx: ServiceContext,
  month: string,
  format: InvoiceExportFormat,
): Promise<InvoiceFile> {
  const summary = await getSummary(ctx, month);
  const bureau = await ctx.ds.manager.findOne(BureauEntity, { where: { id: 1 } });
  const context: ExportContext = {
    bureauName: bureau?.name ?? '',
    generatedAt: ctx.now().toISOString(),
  };
  return {
    fileName: invoiceFileName(month, format),
    bytes: await render(ctx, summary, format, context),
  };
}

/** PDF and XLSX in the render thread: a large month's would hold the core's thread. */
async function render(
  ctx: ServiceContext,
  summary: InvoiceSummary,
  format: InvoiceExportFormat,
  context: ExportContext,
): Promise<Buffer> {
  switch (format) {
    case 'json':
      return jsonBytes(summary);
    case 'csv':
      return csvInvoiceBytes(summary);
    case 'basis':
      return basisBytes(summary);
    case 'xlsx':
      return renderOf(ctx, 'invoicesXlsx', summary, context);
    case 'pdf':
      return renderOf(ctx, 'invoicesPdf', summary, context);
  }
}
