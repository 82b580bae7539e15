import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ImportTableRequest } from '../../../shared/schemas/import';
import type { ServiceContext } from '../context';
import type { TableSource } from './planner';
import { exportUsers } from './export-service';
import {
  cancelImport,
  checkTable,
  commitTable,
  importUsers,
  readForPreview,
} from './import-service';

export type ImportChannel = ChannelsOf<
  | 'users:import'
  | 'users:importRead'
  | 'users:importCheck'
  | 'users:importCommit'
  | 'users:importCancel'
  | 'users:export'
>;

/** Staff lists in and out: reading, checking and committing an import, exporting the users. */
export function createImportHandlers(ctx: ServiceContext): DomainHandlers<ImportChannel> {
  const progress = (customerId: string) => (done: number, total: number) =>
    ctx.emit('import:progress', { customerId, done, total });
  return {
    'users:import': ({ contentBase64, ...request }) =>
      importUsers(
        ctx,
        { ...request, bytes: Buffer.from(contentBase64, 'base64') },
        progress(request.customerId),
      ),
    'users:importRead': ({ customerId, fileName, contentBase64 }) =>
      readForPreview(ctx, customerId, fileName, Buffer.from(contentBase64, 'base64')),
    'users:importCheck': (input) =>
      checkTable(ctx, input.customerId, sourceOf(input), input.mapping),
    'users:importCommit': (input) =>
      commitTable(
        ctx,
        input.customerId,
        sourceOf(input),
        input.mapping,
        progress(input.customerId),
      ),
    'users:importCancel': async ({ customerId }) => cancelImport(customerId),
    'users:export': async ({ customerId, format }) => {
      const file = await exportUsers(ctx, customerId, format);
      return { fileName: file.fileName, base64: file.bytes.toString('base64') };
    },
  };
}

/** The table a request names: sent whole, or kept by the core with the cells edited since. */
function sourceOf(input: ImportTableRequest): TableSource {
  return 'table' in input ? { table: input.table } : { session: input.session, edits: input.edits };
}
