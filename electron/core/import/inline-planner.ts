import { AppError } from '../../../shared/errors';
import type { ImportTable } from '../../../shared/schemas/import';
import { createFieldCipher, type FieldCipher } from '../crypto/cipher';
import { auditViewOf } from '../users/user-mapper';
import { buildRow, type RowContext } from '../users/user-row';
import { ImportTables } from './import-tables';
import { planImport, type PlannedRow } from './plan';
import type { PlannedImport, Planner, PlanRequest, WriteStep } from './planner';
import { readImportFile } from './read/read-file';

/** Rows written between progress reports (and cancel checks): a tenth of a second or so. */
export const WRITE_STEP = 2000;

/**
 * The planner in the calling thread: the core's own for small files, and the worker thread's
 * for large ones (plan-worker.ts wraps this one), so both plan and build rows with one code.
 */
export function createInlinePlanner(): Planner {
  const tables = new ImportTables();
  return {
    async read(fileName, bytes) {
      const table = await readTable(bytes, fileName);
      return {
        session: tables.keep(table),
        tableJson: JSON.stringify(table),
        headers: table.headers,
      };
    },
    plan: async (request, commit) => planOf(tables, request, commit),
    drop: (session) => tables.drop(session),
    close: async () => undefined,
  };
}

async function readTable(bytes: Buffer, fileName: string): Promise<ImportTable> {
  const read = await readImportFile(bytes, fileName);
  if (!read.ok) throw new AppError('import.file', read.message, { code: read.code });
  return read.table;
}

function planOf(tables: ImportTables, request: PlanRequest, commit: boolean): PlannedImport {
  const { source, world } = request;
  const table = 'table' in source ? source.table : tables.withEdits(source.session, source.edits);
  const cipher = createFieldCipher(request.dataKey);
  const plan = planImport(table, request.mapping, { ...world, cipher });
  const refused = plan.report.fileIssues.some((i) => i.severity === 'error');
  let changed = commit && !refused ? plan.accepted.filter((r) => r.kind !== 'unchanged') : [];
  const rowContext: RowContext = { cipher, now: () => world.today };
  let next = 0;
  return {
    reportJson: JSON.stringify(plan.report),
    headers: table.headers,
    refused,
    changed: changed.length,
    contactUserIds: changed
      .filter((r) => r.kind === 'update' && r.matched?.isPrimaryContact)
      .map((r) => r.id),
    nextStep: async () => {
      if (next >= changed.length) return null;
      const rows = changed.slice(next, (next += WRITE_STEP));
      return stepOf(rows, request, rowContext, cipher);
    },
    close: () => void (changed = []),
  };
}

/** One step's users and audit rows, built per step: a large file is not held twice over. */
function stepOf(
  rows: PlannedRow[],
  request: PlanRequest,
  rowContext: RowContext,
  cipher: FieldCipher,
): WriteStep {
  const { customerId, now } = request;
  const users = rows.map((r) => buildRow(rowContext, customerId, r.id, r.fields, r.matched, now));
  const audits = rows.map((r, i) => ({
    entity: 'user',
    entityId: users[i]!.id,
    customerId,
    action: r.matched ? ('update' as const) : ('create' as const),
    before: r.matched ? auditViewOf(r.matched, cipher) : null,
    after: { ...auditViewOf(users[i]!, cipher), source: 'import' },
  }));
  return { users, audits };
}
