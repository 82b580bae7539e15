import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import { addAddon, deleteAddon, endAddon, listAddons } from './addon-service';
import { compareWithPrevious } from './compare';
import { exportInvoices } from './export/export-service';
import { deletePriceList, listPriceLists, savePriceList } from './price-list-service';
import { closeMonth, getSummary, reopenMonth, trend } from './summary-service';

type InvoiceChannel = ChannelsOf<`prices:${string}` | `addons:${string}` | `invoices:${string}`>;

/** The monthly samlingsfaktura: price lists, add-ons, the summary, its export and closing. */
export function createInvoiceHandlers(ctx: ServiceContext): DomainHandlers<InvoiceChannel> {
  return {
    'prices:list': () => listPriceLists(ctx),
    'prices:save': (input) => savePriceList(ctx, input),
    'prices:delete': ({ id }) => deletePriceList(ctx, id),
    'addons:list': ({ customerId }) => listAddons(ctx, customerId),
    'addons:add': (input) => addAddon(ctx, input),
    'addons:end': (input) => endAddon(ctx, input),
    'addons:delete': ({ id }) => deleteAddon(ctx, id),
    'invoices:summary': ({ month }) => getSummary(ctx, month),
    'invoices:compare': ({ month }) => compareWithPrevious(ctx, month),
    'invoices:trend': ({ month, months }) => trend(ctx, month, months),
    'invoices:export': async ({ month, format }) => {
      const file = await exportInvoices(ctx, month, format);
      return { fileName: file.fileName, base64: file.bytes.toString('base64') };
    },
    'invoices:close': ({ month }) => closeMonth(ctx, month),
    'invoices:reopen': ({ month }) => reopenMonth(ctx, month),
  };
}
