import { usersXlsx } from '../import/users-xlsx';
import { pdfBytes } from '../invoices/export/pdf';
import { xlsxBytes } from '../invoices/export/xlsx';
import { renderLetters } from '../mail/letter-pdf';
import { renderPersonPdf } from '../privacy/person-pdf';
import { renderSetupSheet } from '../setup-sheet/render';

/**
 * The documents a render thread makes: each a function of plain data (what crosses to a thread)
 * to bytes. pdfmake and exceljs hold the core's thread for a second or more on a large month;
 * here they hold only the thread's.
 */
export const RENDER_JOBS = {
  invoicesPdf: pdfBytes,
  invoicesXlsx: xlsxBytes,
  setupSheetPdf: renderSetupSheet,
  lettersPdf: renderLetters,
  personPdf: renderPersonPdf,
  usersXlsx,
};

export type RenderJobName = keyof typeof RENDER_JOBS;
export type RenderArgs<N extends RenderJobName> = Parameters<(typeof RENDER_JOBS)[N]>;

/** One job as it crosses to the thread. */
export type ToRenderWorker = {
  [N in RenderJobName]: { id: number; job: N; args: RenderArgs<N> };
}[RenderJobName];

export function runRenderJob(message: ToRenderWorker): Promise<Buffer> {
  // The union's pairing of job and args is checked where it is built (renderOf); here the
  // function is looked up by name.
  const render = RENDER_JOBS[message.job] as (...args: unknown[]) => Promise<Buffer>;
  return render(...message.args);
}
