import type { SetupSheetFile } from '../../../shared/schemas/settings';
import { getBureau } from '../bureau/bureau-service';
import { getCustomer } from '../customers/customer-service';
import { getSettings } from '../settings/settings-service';
import type { ServiceContext } from '../context';
import { setupSheetFileName } from './render';
import { renderOf } from '../render/render-thread';

/** Everything the bureau types into Blikk by hand, for one customer, as a PDF. */
export async function exportSetupSheet(
  ctx: ServiceContext,
  customerId: string,
): Promise<SetupSheetFile> {
  const now = ctx.now();
  const customer = await getCustomer(ctx, customerId);
  // date-holidays is loaded here, not at start (every CLI command would pay for it).
  const { swedishHolidays } = await import('../holidays/holidays');
  const pdf = await renderOf(ctx, 'setupSheetPdf', {
    bureau: await getBureau(ctx),
    customer,
    settings: await getSettings(ctx, customerId),
    holidays: swedishHolidays(now.getFullYear()),
    generatedAt: now.toISOString(),
  });
  return { fileName: setupSheetFileName(customer), base64: pdf.toString('base64') };
}
