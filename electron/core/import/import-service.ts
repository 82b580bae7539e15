import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type {
  ColumnMapping,
  ImportPreview,
  ImportReportText,
  ImportResult,
} from '../../../shared/schemas/import';
import {
  CollaborationEntity,
  ImportMappingEntity,
  ProfileEntity,
  UserEntity,
} from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { dialectOf } from '../db/dialect';
import { assertCustomer } from '../settings/settings-service';
import { syncContactFromUser } from '../users/primary-contact';
import { guessMapping } from './columns';
import { statementLayouts, writeSteps } from './commit';
import { plannerOf } from './planner-choice';
import type { PlanRequest, TableSource } from './planner';

export interface ImportRequest {
  customerId: string;
  fileName: string;
  bytes: Buffer;
  dryRun: boolean;
  /** The user's corrections to the guessed mapping. */
  mapping?: ColumnMapping | undefined;
}

type Progress = (done: number, total: number) => void;

/** Customers whose running import was asked to stop: the next progress step rolls it back. */
const cancelled = new Set<string>();

/** Reads a file into text cells with the mapping to use: what the preview shows first. */
export async function readForPreview(
  ctx: ServiceContext,
  customerId: string,
  fileName: string,
  bytes: Buffer,
): Promise<ImportPreview> {
  await assertCustomer(ctx.ds.manager, customerId);
  const { session, tableJson, headers } = await plannerOf(ctx).read(fileName, bytes);
  const saved = await ctx.ds.getRepository(ImportMappingEntity).findOne({ where: { customerId } });
  const remembered = saved?.headersKey === headersKey(headers);
  return {
    tableJson,
    headers,
    mapping: remembered ? (JSON.parse(saved.mappingJson) as ColumnMapping) : guessMapping(headers),
    remembered,
    session,
  };
}

/** One call from file to report (the CLI's, and scripts'): read, map, check or commit. */
export async function importUsers(
  ctx: ServiceContext,
  request: ImportRequest,
  onProgress?: Progress,
): Promise<ImportResult> {
  const { session, headers } = await plannerOf(ctx).read(request.fileName, request.bytes);
  try {
    const mapping = request.mapping ?? guessMapping(headers);
    const source = { session, edits: [] };
    const report = request.dryRun
      ? await checkTable(ctx, request.customerId, source, mapping)
      : await commitTable(ctx, request.customerId, source, mapping, onProgress);
    return { ...report, headers, mapping };
  } finally {
    plannerOf(ctx).drop(session);
  }
}

/** A dry run of a (possibly edited) table: the report a commit would give. Writes nothing. */
export async function checkTable(
  ctx: ServiceContext,
  customerId: string,
  source: TableSource,
  mapping: ColumnMapping,
): Promise<ImportReportText> {
  // The facts in one transaction, so that users, profiles and licences are one state; the
  // planning after it, so that a long check does not hold up others' writes.
  const request = await ctx.ds.transaction((m) =>
    requestOf(ctx, m, customerId, source, mapping, false),
  );
  const planned = await plannerOf(ctx).plan(request, false);
  planned.close();
  return { reportJson: planned.reportJson };
}

/**
 * Checks a (possibly edited) table and writes the accepted rows in one transaction. A
 * file-level error (licences exceeded) or a cancel writes nothing.
 */
export async function commitTable(
  ctx: ServiceContext,
  customerId: string,
  source: TableSource,
  mapping: ColumnMapping,
  onProgress?: Progress,
): Promise<ImportReportText> {
  cancelled.delete(customerId);
  const planner = plannerOf(ctx);
  const result = await ctx.ds.transaction(async (m) => {
    const request = await requestOf(ctx, m, customerId, source, mapping, true);
    const planned = await planner.plan(request, true);
    try {
      if (planned.refused) return { reportJson: planned.reportJson, written: false };
      await writeSteps(ctx, m, planned, (done, total) => {
        onProgress?.(done, total);
        // Checked after each step is written: the throw rolls back all that came before.
        if (cancelled.delete(customerId))
          throw new AppError('import.cancelled', 'Importen avbröts');
      });
      await syncPrimaryContact(ctx, m, planned.contactUserIds);
      await rememberMapping(ctx, m, customerId, planned.headers, mapping);
      return { reportJson: planned.reportJson, written: true };
    } finally {
      planned.close();
    }
  });
  if (result.written) {
    if ('session' in source) planner.drop(source.session);
    ctx.emit('users:changed', { customerId });
    ctx.emit('customers:changed', { ids: [customerId] });
  }
  return { reportJson: result.reportJson };
}

export function cancelImport(customerId: string): null {
  cancelled.add(customerId);
  return null;
}

/** What the planner needs: the table, and the facts it is checked against, read through `m`. */
async function requestOf(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  source: TableSource,
  mapping: ColumnMapping,
  commit: boolean,
): Promise<PlanRequest> {
  await assertCustomer(m, customerId);
  // A commit holds the customer (PostgreSQL: a row lock) so that saves and other imports made
  // meanwhile wait, and the licences it checks are still the ones it writes against.
  if (commit) await dialectOf(m.connection).lockCustomer(m, customerId);
  const collaboration = await m.findOneOrFail(CollaborationEntity, { where: { customerId } });
  const world = {
    existing: await m.find(UserEntity, { where: { customerId } }),
    profiles: await m.find(ProfileEntity, { where: { customerId } }),
    licences: collaboration.licences,
    today: ctx.now(),
  };
  const statements = commit ? await statementLayouts(m) : null;
  return {
    source,
    mapping,
    world,
    customerId,
    now: isoNow(ctx),
    dataKey: ctx.dataKey(),
    statements,
  };
}

async function syncPrimaryContact(ctx: ServiceContext, m: EntityManager, userIds: string[]) {
  for (const id of userIds) {
    await syncContactFromUser(ctx, m, await m.findOneOrFail(UserEntity, { where: { id } }));
  }
}

const headersKey = (headers: string[]) => headers.map((h) => h.trim().toLowerCase()).join('\u001f');

async function rememberMapping(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  headers: string[],
  mapping: ColumnMapping,
) {
  await m.save(ImportMappingEntity, {
    customerId,
    headersKey: headersKey(headers),
    mappingJson: JSON.stringify(mapping),
    updatedAt: isoNow(ctx),
  });
}
