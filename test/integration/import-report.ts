import {
  checkTable,
  commitTable,
  importUsers,
  type ImportRequest,
} from '../../electron/core/import/import-service';
import type { ServiceContext } from '../../electron/core/context';
import { parseReport } from '../../shared/schemas/import';

/**
 * The import service with its report parsed, as the window and the CLI read it: the core answers
 * the report as JSON text (ImportReportText).
 */
export async function importParsed(
  ctx: ServiceContext,
  request: ImportRequest,
  onProgress?: (done: number, total: number) => void,
) {
  const result = await importUsers(ctx, request, onProgress);
  return { ...result, report: parseReport(result) };
}

export async function checkParsed(...args: Parameters<typeof checkTable>) {
  return parseReport(await checkTable(...args));
}

export async function commitParsed(...args: Parameters<typeof commitTable>) {
  return parseReport(await commitTable(...args));
}
